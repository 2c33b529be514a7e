using System.Globalization;
using LegalGen.Html;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Lists the blocks of a parsed document in reading order (headings, paragraphs, list items, table rows…),
/// each knowing the section it belongs to. This is what the redline aligns. Walks with its own stack, so no
/// nesting of quotes and lists can overflow the thread's. An HTML block gives the blocks its sanitized HTML reads as
/// (<see cref="HtmlStructureReader"/>): the same as the Markdown that writes the same text.
/// </summary>
internal sealed class BlockExtractor(Func<HtmlBlock, IReadOnlyList<HtmlTextBlock>>? readHtml)
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly Stack<Work> _pending = new();
    private string? _sectionAnchor;
    private string? _sectionTitle;

    /// <summary>A block still to visit; a list item carries the marker its list gave it, and the one the list starts with.</summary>
    private readonly record struct Work(Block Block, int ListDepth, bool InQuote, string? Marker = null, string? ListStart = null);

    /// <summary>The blocks of <paramref name="document"/>; <paramref name="readHtml"/> reads an HTML block's, which are left out without it.</summary>
    public static IReadOnlyList<DocumentBlock> Extract(MarkdownDocument document, Func<HtmlBlock, IReadOnlyList<HtmlTextBlock>>? readHtml = null)
    {
        var extractor = new BlockExtractor(readHtml);
        extractor.PushChildren(document, 0, 0, inQuote: false);
        while (extractor._pending.Count > 0) extractor.Visit(extractor._pending.Pop());
        return extractor._blocks;
    }

    /// <summary>Pushes a container's children from <paramref name="skip"/> on, last first, so they are visited in reading order.</summary>
    private void PushChildren(ContainerBlock container, int skip, int listDepth, bool inQuote)
    {
        for (var i = container.Count - 1; i >= skip; i--) _pending.Push(new Work(container[i], listDepth, inQuote));
    }

    private void Visit(Work work)
    {
        var (block, listDepth, inQuote, marker, listStart) = work;
        switch (block)
        {
            case ListItemBlock item when marker is not null:
                // The item's first paragraph is the item itself; anything after it belongs to the item.
                var first = item.Count > 0 ? item[0] as ParagraphBlock : null;
                var runs = first is null ? [] : InlineRunCollector.Collect(first.Inline);
                Add(BlockKind.ListItem, listDepth, null, marker, [runs], item.Line, listStart);
                PushChildren(item, first is null ? 0 : 1, listDepth, inQuote);
                break;
            case HeadingBlock heading:
                var headingRuns = InlineRunCollector.Collect(heading.Inline);
                var anchor = heading.GetAttributes().Id;
                _sectionAnchor = anchor;
                _sectionTitle = string.Concat(headingRuns.Select(r => r.Text)).Trim();
                var aliases = heading.Inline?.OfType<HeadingAliasInline>().Select(a => a.Id).ToList() ?? [];
                Add(BlockKind.Heading, heading.Level, anchor, null, [headingRuns], heading.Line, aliases: aliases);
                break;
            case ParagraphBlock paragraph:
                // A paragraph without words (an anchor alone, <a id="…"></a>) is nothing a reader sees, nor a block of the page's HTML.
                var paragraphRuns = InlineRunCollector.Collect(paragraph.Inline);
                if (paragraphRuns.All(r => IsBlank(r.Text))) break;
                Add(inQuote ? BlockKind.Quote : BlockKind.Paragraph, Math.Max(listDepth, 0), null, null, [paragraphRuns], paragraph.Line);
                break;
            case ListBlock list:
                PushItems(list, listDepth + 1, inQuote);
                break;
            case QuoteBlock quote:
                PushChildren(quote, 0, listDepth, inQuote: true);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    Add(BlockKind.TableRow, row.IsHeader ? 1 : 0, null, null, row.OfType<TableCell>().Select(CellRuns).ToList(), row.Line);
                break;
            case CodeBlock code:
                Add(BlockKind.Code, 0, null, null, [[new InlineRun(CodeText(code), InlineStyle.Code)]], code.Line);
                break;
            case HtmlBlock html when readHtml is not null:
                foreach (var read in readHtml(html)) AddHtml(read, html.Line + Math.Clamp(read.Line - 1, 0, Math.Max(html.Lines.Count - 1, 0)), listDepth, inQuote);
                break;
            case ThematicBreakBlock:
                Add(BlockKind.Rule, 0, null, null, [[]], block.Line);
                break;
            case ContainerBlock container:
                PushChildren(container, 0, listDepth, inQuote);
                break;
        }
    }

    /// <summary>
    /// Numbers a list's items as the reader sees them (<see cref="ListMarkers"/>: <c>3)</c> shows as <c>3.</c>, <c>iii.</c>
    /// as itself) and pushes them, last first.
    /// </summary>
    private void PushItems(ListBlock list, int depth, bool inQuote)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        var type = list.BulletType switch
        {
            'a' or 'A' or 'i' or 'I' => list.BulletType.ToString(),
            _ => "1",
        };
        var number = !list.IsOrdered ? 1
            : type is "i" or "I" ? (items.Count > 0 ? items[0].Order : 1)
            : int.TryParse(list.OrderedStart ?? list.DefaultOrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var works = new List<Work>(items.Count);
        string? listStart = null;
        foreach (var item in items)
        {
            var marker = list.IsOrdered ? ListMarkers.Ordered(type, number) : ListMarkers.Bullet;
            listStart ??= marker;
            works.Add(new Work(item, depth, inQuote, marker, listStart));
            number++;
        }

        for (var i = works.Count - 1; i >= 0; i--) _pending.Push(works[i]);
    }

    /// <summary>The code's lines joined with LF; an empty code block (a fence closed at once) has none.</summary>
    private static string CodeText(CodeBlock code) =>
        code.Lines.Lines is null ? "" : string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString()));

    /// <summary>True for text a browser shows as nothing: spaces, tabs and line breaks (not a no-break space).</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f')) return false;
        return true;
    }

    private static IReadOnlyList<InlineRun> CellRuns(TableCell cell) =>
        cell.OfType<ParagraphBlock>().SelectMany(p => InlineRunCollector.Collect(p.Inline)).ToList();

    /// <summary>
    /// The blocks of a whole text read from its HTML (<see cref="HtmlStructureReader"/>), each knowing its section as a
    /// Markdown text's do: what <see cref="PublishedText"/> reads from a published page.
    /// </summary>
    public static IReadOnlyList<DocumentBlock> FromHtml(IReadOnlyList<HtmlTextBlock> blocks)
    {
        var extractor = new BlockExtractor(null);
        foreach (var read in blocks) extractor.AddHtml(read, read.Line - 1, 0, inQuote: false);
        return extractor._blocks;
    }

    /// <summary>
    /// A block read from HTML, placed where its HTML stands: inside the lists and quotation around it, on the 0-based
    /// <paramref name="line"/> of the text.
    /// </summary>
    private void AddHtml(HtmlTextBlock read, int line, int listDepth, bool inQuote)
    {
        var kind = read.Kind switch
        {
            HtmlBlockKind.Heading => BlockKind.Heading,
            HtmlBlockKind.ListItem => BlockKind.ListItem,
            HtmlBlockKind.TableRow => BlockKind.TableRow,
            HtmlBlockKind.Quote => BlockKind.Quote,
            HtmlBlockKind.Code => BlockKind.Code,
            HtmlBlockKind.Rule => BlockKind.Rule,
            _ => inQuote ? BlockKind.Quote : BlockKind.Paragraph,
        };
        var level = kind switch
        {
            BlockKind.Heading or BlockKind.TableRow or BlockKind.Code or BlockKind.Rule => read.Level,
            _ => Math.Max(listDepth, 0) + read.Level,
        };
        var cells = read.Cells.Select(c => (IReadOnlyList<InlineRun>)c.Select(r => new InlineRun(r.Text, StyleOf(r.Style), r.Link)).ToList()).ToList();
        if (kind == BlockKind.Heading)
        {
            _sectionAnchor = read.Id;
            _sectionTitle = string.Concat(cells[0].Select(r => r.Text)).Trim();
        }

        Add(kind, level, kind == BlockKind.Heading ? read.Id : null, read.Marker, cells, line, kind == BlockKind.ListItem ? read.ListStart : null);
    }

    private static InlineStyle StyleOf(HtmlTextStyle style) =>
        ((style & HtmlTextStyle.Strong) != 0 ? InlineStyle.Strong : InlineStyle.None)
        | ((style & HtmlTextStyle.Emphasis) != 0 ? InlineStyle.Emphasis : InlineStyle.None)
        | ((style & HtmlTextStyle.Code) != 0 ? InlineStyle.Code : InlineStyle.None)
        | ((style & HtmlTextStyle.Strike) != 0 ? InlineStyle.Strike : InlineStyle.None);

    private void Add(BlockKind kind, int level, string? anchor, string? marker, IReadOnlyList<IReadOnlyList<InlineRun>> cells, int line,
        string? listStart = null, IReadOnlyList<string>? aliases = null) =>
        _blocks.Add(new DocumentBlock(kind, level, anchor, marker, cells, _sectionAnchor, _sectionTitle, line + 1)
        {
            ListStart = listStart,
            AliasIds = aliases ?? [],
        });
}
