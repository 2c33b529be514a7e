using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LegalGen.Html;

/// <summary>
/// Reads sanitized HTML (what <see cref="MarkupSanitizer"/> returned) as the blocks a reader sees — headings,
/// paragraphs, list items, table rows with their cells — so a raw HTML table is compared, aligned and shown like a
/// pipe table. Tags never become text: <c>&lt;br&gt;</c> is a space, <c>&lt;strong&gt;</c> a style, <c>&lt;a href&gt;</c>
/// a link, an image its alt text; what a table cell holds beyond text (a list, paragraphs) is read into the cell,
/// items marked "•"; a callout (<c>&lt;div class="callout"&gt;</c>) is a quotation without its title. Walks with its own stack, so no nesting of elements can overflow the thread's.
/// </summary>
public static class HtmlStructureReader
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "colgroup", "col",
        "thead", "tbody", "tfoot", "tr", "th", "td", "blockquote", "pre", "hr", "details", "summary", "figure", "figcaption", "div",
    };

    /// <summary>Where a block sits: in how many lists, and whether in a quotation.</summary>
    private readonly record struct Context(int ListDepth, bool InQuote);

    /// <summary>A node to read as blocks, or (when <c>Inline</c> is set) a run of inline siblings to read as one paragraph.</summary>
    private readonly record struct Work(INode? Node, List<INode>? Inline, Context Context, string? Marker = null, string? ListStart = null);

    /// <summary>The blocks of <paramref name="sanitizedHtml"/>, in reading order.</summary>
    public static IReadOnlyList<HtmlTextBlock> Read(string sanitizedHtml)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var body = parser.ParseDocument(sanitizedHtml).Body;
        var blocks = new List<HtmlTextBlock>();
        if (body is null) return blocks;

        // A published page's links to its own paragraphs are not part of the text.
        if (sanitizedHtml.Contains(AnchorLinks.Attribute, StringComparison.Ordinal))
            foreach (var link in body.Descendants<IElement>().Where(e => e.HasAttribute(AnchorLinks.Attribute)).ToList()) link.Remove();

        var pending = new Stack<Work>();
        PushChildren(pending, body.ChildNodes, new Context(0, false));
        while (pending.Count > 0) Visit(pending.Pop(), pending, blocks);
        return blocks;
    }

    private static void Visit(Work work, Stack<Work> pending, List<HtmlTextBlock> blocks)
    {
        var context = work.Context;
        if (work.Inline is { } inline)
        {
            var runs = Runs(inline);
            if (runs.Count > 0) blocks.Add(new HtmlTextBlock(ParagraphKind(context), context.ListDepth, null, null, [runs], LineOf(inline[0])));
            return;
        }

        if (work.Node is not IElement element) return;
        var line = LineOf(element);
        switch (element.LocalName)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                blocks.Add(new HtmlTextBlock(HtmlBlockKind.Heading, element.LocalName[1] - '0', element.Id, null, [Runs(element.ChildNodes)], line));
                break;
            case "p" or "dt" or "dd" or "summary" or "figcaption" or "caption":
                var runs = Runs(element.ChildNodes);
                if (runs.Count > 0) blocks.Add(new HtmlTextBlock(ParagraphKind(context), context.ListDepth, null, null, [runs], line));
                break;
            case "ul" or "ol":
                PushItems(pending, element, context with { ListDepth = context.ListDepth + 1 });
                break;
            case "li":
                VisitItem(element, work.Marker ?? ListMarkers.Bullet, work.ListStart ?? work.Marker ?? ListMarkers.Bullet, context, pending, blocks);
                break;
            case "table":
                VisitTable(element, context, blocks);
                break;
            case "tr":
                blocks.Add(Row(element, 0));
                break;
            case "blockquote":
                PushChildren(pending, element.ChildNodes, context with { InQuote = true });
                break;
            case "div" when element.ClassList.Contains("callout"):
                // A callout is a quotation (> [!NOTE]) whose title the page adds in the reader's language: not the text's words.
                PushChildren(pending, element.ChildNodes.Where(n => n is not IElement { LocalName: "p" } p || !p.ClassList.Contains("callout-title")), context with { InQuote = true });
                break;
            case "pre":
                blocks.Add(new HtmlTextBlock(HtmlBlockKind.Code, 0, null, null, [[new HtmlTextRun(CodeText(element), HtmlTextStyle.Code)]], line));
                break;
            case "hr":
                blocks.Add(new HtmlTextBlock(HtmlBlockKind.Rule, 0, null, null, [[]], line));
                break;
            case "colgroup" or "col":
                break;
            default:
                // div, dl, details, figure, thead and other containers: their children, in order.
                PushChildren(pending, element.ChildNodes, context);
                break;
        }
    }

    /// <summary>A list item: its text up to the first block inside it (or its first paragraph) is the item; the rest follows it.</summary>
    private static void VisitItem(IElement item, string marker, string listStart, Context context, Stack<Work> pending, List<HtmlTextBlock> blocks)
    {
        var children = item.ChildNodes.Where(n => !IsBlank(n)).ToList();
        List<INode> own;
        List<INode> rest;
        if (children.Count > 0 && children[0] is IElement { LocalName: "p" } first)
        {
            own = [.. first.ChildNodes];
            rest = children.Skip(1).ToList();
        }
        else
        {
            var split = children.FindIndex(IsBlock);
            own = split < 0 ? children : children.Take(split).ToList();
            rest = split < 0 ? [] : children.Skip(split).ToList();
        }

        blocks.Add(new HtmlTextBlock(HtmlBlockKind.ListItem, context.ListDepth, null, marker, [Runs(own)], LineOf(item)) { ListStart = listStart });
        PushChildren(pending, rest, context);
    }

    private static void VisitTable(IElement table, Context context, List<HtmlTextBlock> blocks)
    {
        var hasHead = table.Children.Any(c => c.LocalName == "thead");
        var first = true;
        foreach (var part in table.Children)
        {
            if (part.LocalName == "caption")
            {
                if (Runs(part.ChildNodes) is { Count: > 0 } caption) blocks.Add(new HtmlTextBlock(ParagraphKind(context), context.ListDepth, null, null, [caption], LineOf(part)));
                continue;
            }

            var rows = part.LocalName == "tr" ? [part] : part.Children.Where(r => r.LocalName == "tr").ToList();
            foreach (var row in rows)
            {
                var header = part.LocalName == "thead" || (!hasHead && first && row.Children.All(c => c.LocalName == "th"));
                blocks.Add(Row(row, header ? 1 : 0));
                first = false;
            }
        }
    }

    private static HtmlTextBlock Row(IElement row, int level) => new(
        HtmlBlockKind.TableRow, level, null, null,
        row.Children.Where(c => c.LocalName is "td" or "th").Select(c => (IReadOnlyList<HtmlTextRun>)Runs(c.ChildNodes)).ToList(),
        LineOf(row));

    /// <summary>Numbers a list's items as the reader sees them and pushes them, last first.</summary>
    private static void PushItems(Stack<Work> pending, IElement list, Context context)
    {
        var ordered = list.LocalName == "ol";
        var number = int.TryParse(list.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var type = list.GetAttribute("type") ?? "1";
        var items = new List<Work>();
        var listStart = ordered ? ListMarkers.Ordered(type, number) : ListMarkers.Bullet;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
            items.Add(new Work(item, null, context, ordered ? ListMarkers.Ordered(type, number++) : ListMarkers.Bullet, listStart));
        for (var i = items.Count - 1; i >= 0; i--) pending.Push(items[i]);
    }

    /// <summary>Pushes children, last first: each block child on its own, each stretch of inline siblings as one paragraph.</summary>
    private static void PushChildren(Stack<Work> pending, IEnumerable<INode> children, Context context)
    {
        var works = new List<Work>();
        List<INode>? inline = null;
        foreach (var child in children)
        {
            if (IsBlock(child))
            {
                inline = null;
                works.Add(new Work(child, null, context));
                continue;
            }

            if (inline is null)
            {
                inline = [];
                works.Add(new Work(null, inline, context));
            }

            inline.Add(child);
        }

        for (var i = works.Count - 1; i >= 0; i--) pending.Push(works[i]);
    }

    /// <summary>
    /// The text of <paramref name="nodes"/> as runs, whitespace collapsed as a browser shows it. Blocks inside (a
    /// cell's list or paragraphs) are read into the same runs, separated by spaces, list items marked "•".
    /// </summary>
    private static List<HtmlTextRun> Runs(IEnumerable<INode> nodes)
    {
        var runs = new List<HtmlTextRun>();
        var pending = new Stack<(INode? Node, string? Text, HtmlTextStyle Style, string? Link)>();
        foreach (var node in nodes.Reverse()) pending.Push((node, null, HtmlTextStyle.None, null));
        while (pending.Count > 0)
        {
            var (node, text, style, link) = pending.Pop();
            if (text is not null)
            {
                runs.Add(new HtmlTextRun(text, style, link));
                continue;
            }

            switch (node)
            {
                case IText textNode:
                    runs.Add(new HtmlTextRun(textNode.Data, style, link));
                    break;
                case IElement element:
                    var name = element.LocalName;
                    if (name == "br") runs.Add(new HtmlTextRun(" ", style, link));
                    else if (name == "img") runs.Add(new HtmlTextRun(element.GetAttribute("alt") ?? "", style, link));
                    else if (name is "colgroup" or "col") break;
                    else
                    {
                        var innerStyle = style | StyleOf(name);
                        var innerLink = name == "a" && element.GetAttribute("href") is { Length: > 0 } href ? href : link;
                        var block = IsBlock(element);
                        if (block) pending.Push((null, " ", style, link));
                        foreach (var child in element.ChildNodes.Reverse()) pending.Push((child, null, innerStyle, innerLink));
                        if (name == "li") pending.Push((null, " • ", style, link));
                        else if (block) pending.Push((null, " ", style, link));
                    }

                    break;
            }
        }

        return Tidy(runs);
    }

    private static HtmlTextStyle StyleOf(string element) => element switch
    {
        "strong" => HtmlTextStyle.Strong,
        "em" => HtmlTextStyle.Emphasis,
        "s" or "del" => HtmlTextStyle.Strike,
        "code" => HtmlTextStyle.Code,
        _ => HtmlTextStyle.None,
    };

    /// <summary>Collapses whitespace as a browser does, trims the ends, and joins neighbouring runs of one formatting.</summary>
    private static List<HtmlTextRun> Tidy(List<HtmlTextRun> runs)
    {
        var tidy = new List<HtmlTextRun>(runs.Count);
        var text = new StringBuilder();
        var spaceBefore = true;
        foreach (var run in runs)
        {
            text.Clear();
            foreach (var c in run.Text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (!spaceBefore) text.Append(' ');
                    spaceBefore = true;
                    continue;
                }

                text.Append(c);
                spaceBefore = false;
            }

            if (text.Length == 0) continue;
            if (tidy.Count > 0 && tidy[^1].Style == run.Style && tidy[^1].Link == run.Link)
                tidy[^1] = tidy[^1] with { Text = tidy[^1].Text + text };
            else
                tidy.Add(run with { Text = text.ToString() });
        }

        if (tidy.Count > 0 && tidy[^1].Text.EndsWith(' '))
        {
            var last = tidy[^1].Text.TrimEnd(' ');
            if (last.Length == 0) tidy.RemoveAt(tidy.Count - 1);
            else tidy[^1] = tidy[^1] with { Text = last };
        }

        return tidy;
    }

    private static string CodeText(IElement pre)
    {
        var text = pre.TextContent;
        return text.StartsWith('\n') ? text[1..].TrimEnd('\n') : text.TrimEnd('\n');
    }

    private static HtmlBlockKind ParagraphKind(Context context) => context.InQuote ? HtmlBlockKind.Quote : HtmlBlockKind.Paragraph;

    private static bool IsBlock(INode node) => node is IElement element && BlockElements.Contains(element.LocalName);

    private static bool IsBlank(INode node) => node is IText text && string.IsNullOrWhiteSpace(text.Data);

    private static int LineOf(INode node) => node is IElement { SourceReference: { } source } ? source.Position.Line
        : node.ParentElement?.SourceReference?.Position.Line ?? 1;
}
