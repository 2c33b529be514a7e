using LegalGen.Diagnostics;
using LegalGen.Html;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Gives each kramdown attribute list (<see cref="AttributeListInline"/>) to the element it belongs to, as kramdown
/// places them, and removes it from the text:
/// <list type="bullet">
/// <item>at the end of a heading or a paragraph, or on the line right after a paragraph or a table: that element;</item>
/// <item>on the line right after a list item's text (or at its start, <c>* {: #x} text</c>): the item;</item>
/// <item>on the line right after a quotation, without a <c>&gt;</c>: the quotation;</item>
/// <item>on a line of its own right after a heading, a table, code or a rule: that block; else right before a block: the block after;</item>
/// <item>right after emphasis, a link or an image (no space): that span.</item>
/// </list>
/// Of the attributes, a valid id and the documented classes are kept (<see cref="AttributePolicy"/>); metadata with
/// nothing to show (<c>datetime</c>, <c>cite</c>) is dropped quietly; anything else, and a list that belongs to no
/// element, is removed with a warning pointing at it.
/// </summary>
internal static class AttributeLists
{
    public static void Apply(MarkdownDocument document, string[] lines, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var lists = document.Descendants<AttributeListInline>().ToList();
        var blocks = document.Descendants<AttributeListBlock>().ToList();
        if (lists.Count == 0 && blocks.Count == 0) return;

        var lineStarts = new int[lines.Length];
        for (var i = 1; i < lines.Length; i++) lineStarts[i] = lineStarts[i - 1] + lines[i - 1].Length + 1;
        var standalone = new HashSet<ParagraphBlock>();
        foreach (var block in blocks)
        {
            Give(block, block.Tokens, block.Written, NeighbourOf(block, lineStarts), lines, file, firstLine, diagnostics);
        }

        foreach (var list in lists)
        {
            Give(list, list.Tokens, list.Written, TargetOf(list, lines, lineStarts, standalone), lines, file, firstLine, diagnostics);
            RemoveWithItsLine(list);
        }

        RemoveAll(blocks.Cast<Block>().Concat(standalone));
    }

    /// <summary>The element a list belongs to, or null; a paragraph of nothing but lists is added to <paramref name="standalone"/>.</summary>
    private static MarkdownObject? TargetOf(AttributeListInline list, string[] lines, int[] lineStarts, HashSet<ParagraphBlock> standalone)
    {
        var container = list.Parent;
        if (container is null) return null;
        if (container.Parent is not null)
        {
            // Inside emphasis or a link: kramdown's span lists follow the span they are for.
            return list.PreviousSibling is ContainerInline or LinkInline ? list.PreviousSibling : null;
        }

        if (list.PreviousSibling is EmphasisInline or LinkInline) return list.PreviousSibling;
        var leaf = ((ContainerInline)container).ParentBlock;
        var before = Content(list, backwards: true);
        var after = Content(list, backwards: false);
        var ownLine = OnOwnLine(list, backwards: true) && OnOwnLine(list, backwards: false);

        switch (leaf)
        {
            case HeadingBlock heading when after is null:
                return heading;
            case ParagraphBlock paragraph when before is null && after is null:
                standalone.Add(paragraph);
                return NeighbourOf(paragraph, lineStarts);
            case ParagraphBlock paragraph when after is null:
                return ownLine ? BlockAfter(paragraph, list, lines) : ElementOf(paragraph);
            case ParagraphBlock { Parent: ListItemBlock item } paragraph when before is null && !ownLine && item[0] == paragraph:
                return item;
            case ParagraphBlock paragraph when before is null && ownLine:
                // On the line before the rest of the paragraph: kramdown gives it to the block that follows.
                return ElementOf(paragraph);
            default:
                return null;
        }
    }

    /// <summary>Removes blocks from their containers, each container's from its end, so removing many takes one pass of each.</summary>
    private static void RemoveAll(IEnumerable<Block> blocks)
    {
        foreach (var group in blocks.Where(b => b.Parent is not null).GroupBy(b => b.Parent!))
        {
            var doomed = group.ToHashSet();
            for (var i = group.Key.Count - 1; i >= 0; i--)
            {
                if (doomed.Contains(group.Key[i])) group.Key.RemoveAt(i);
            }
        }
    }

    /// <summary>The nearest inline before (or after) the list that is neither another list, a line break nor blank text.</summary>
    private static Inline? Content(Inline list, bool backwards)
    {
        for (var node = backwards ? list.PreviousSibling : list.NextSibling; node is not null; node = backwards ? node.PreviousSibling : node.NextSibling)
        {
            if (node is AttributeListInline or LineBreakInline) continue;
            if (node is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            return node;
        }

        return null;
    }

    /// <summary>True when nothing but blank text or other lists stands between the list and the line's start (or end).</summary>
    private static bool OnOwnLine(Inline list, bool backwards)
    {
        for (var node = backwards ? list.PreviousSibling : list.NextSibling; node is not null; node = backwards ? node.PreviousSibling : node.NextSibling)
        {
            if (node is LineBreakInline) return true;
            if (node is AttributeListInline) continue;
            if (node is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            return false;
        }

        return true;
    }

    /// <summary>A paragraph's attributes go to the list item it is the text of: Markdig writes no &lt;p&gt; for it in a tight list.</summary>
    private static Block ElementOf(ParagraphBlock paragraph) =>
        paragraph.Parent is ListItemBlock { Count: > 0 } item && item[0] == paragraph ? item : paragraph;

    /// <summary>
    /// For a list on its own line at the end of a paragraph: a quotation it lazily continues without its '&gt;'
    /// markers (kramdown's "after the quotation"), else the paragraph or its list item.
    /// </summary>
    private static Block BlockAfter(ParagraphBlock paragraph, AttributeListInline list, string[] lines)
    {
        var quotes = new List<QuoteBlock>();
        for (var parent = paragraph.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is QuoteBlock quote) quotes.Add(quote);
        }

        if (quotes.Count > 0 && list.Line < lines.Length)
        {
            var prefix = lines[list.Line][..Math.Clamp(list.Column, 0, lines[list.Line].Length)];
            var markers = prefix.Count(c => c == '>');
            if (markers < quotes.Count) return quotes[quotes.Count - 1 - markers];
        }

        return ElementOf(paragraph);
    }

    /// <summary>For a paragraph of nothing but lists: the block on the line right before it, else the one on the line right after it, else null.</summary>
    private static Block? NeighbourOf(Block paragraph, int[] lineStarts)
    {
        if (paragraph.Parent is not { } parent) return null;
        var index = IndexIn(parent, paragraph);
        var previous = index > 0 ? parent[index - 1] : null;
        var next = index + 1 < parent.Count ? parent[index + 1] : null;
        if (previous is not null and not AttributeListBlock && LineOf(previous.Span.End, lineStarts) == paragraph.Line - 1) return previous;
        // A paragraph's span still covers the table Markdig may have cut out of its end; its last list is on its last line.
        var lastLine = paragraph is ParagraphBlock { Inline.LastChild: { } last } ? last.Line : paragraph.Line;
        if (next is not null && next.Line == lastLine + 1) return next;
        return null;
    }

    /// <summary>Where a block is among its siblings: found by its line, which orders them, in logarithmic time.</summary>
    private static int IndexIn(ContainerBlock parent, Block block)
    {
        var (low, high) = (0, parent.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (parent[middle] == block) return middle;
            if (parent[middle].Line < block.Line) low = middle + 1;
            else high = middle - 1;
        }

        return parent.IndexOf(block);
    }

    /// <summary>The line (from 0) of a position in the text.</summary>
    private static int LineOf(int position, int[] lineStarts)
    {
        var found = Array.BinarySearch(lineStarts, position);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>
    /// Gives the list's allowed attributes to <paramref name="target"/>, warning of each other one where it is written;
    /// with no target, warns that the list belongs to no element.
    /// </summary>
    private static void Give(MarkdownObject list, IReadOnlyList<AttributeListToken> tokens, string written, MarkdownObject? target,
        string[] lines, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (target is null)
        {
            diagnostics.Warning(DiagnosticCodes.MarkupRemoved, new SourceLocation(file, firstLine + list.Line, list.Column + 1),
                $"the attribute list '{written}' belongs to no element and was removed",
                "write it at the end of a heading, or on the line right after the paragraph, list item, table or quotation it is for, with no empty line between");
            return;
        }

        var attributes = target.GetAttributes();
        foreach (var token in tokens)
        {
            switch (token)
            {
                case { Name: "id", Value: { } id }:
                    if (HtmlAllowList.IsValidId(id)) attributes.Id = id;
                    else AttributePolicy.InvalidId(diagnostics, AttributePolicy.At(list, lines, token.Written, file, firstLine), id, target);
                    break;
                case { Name: "class", Value: { } classes }:
                    foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (HtmlAllowList.EditorClasses.Contains(name)) attributes.AddClass(name);
                        else AttributePolicy.UnknownClass(diagnostics, AttributePolicy.At(list, lines, token.Written, file, firstLine), name, target);
                    }

                    break;
                case { Value: null }:
                    diagnostics.Warning(DiagnosticCodes.MarkupRemoved, AttributePolicy.At(list, lines, token.Written, file, firstLine),
                        $"'{token.Name}' in an attribute list names an attribute list definition, which LegalGen does not read; it was removed",
                        "write the id and classes themselves: {: #cookies .note }");
                    break;
                default:
                    if (!AttributePolicy.IsQuietMetadata(token.Name))
                        AttributePolicy.NotAllowed(diagnostics, AttributePolicy.At(list, lines, token.Written, file, firstLine), token.Name, target);
                    break;
            }
        }
    }

    /// <summary>Removes the list with the line break before it (when it had a line to itself) and the blanks before it.</summary>
    private static void RemoveWithItsLine(AttributeListInline list)
    {
        while (list.PreviousSibling is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) literal.Remove();
        if (list.PreviousSibling is LiteralInline text)
        {
            var content = text.Content;
            content.TrimEnd();
            text.Content = content;
        }

        if (list.PreviousSibling is null && list.NextSibling is LiteralInline next)
        {
            var content = next.Content;
            content.TrimStart();
            next.Content = content;
        }

        if (list.PreviousSibling is LineBreakInline lineBreak && (list.NextSibling is null or LineBreakInline)) lineBreak.Remove();
        else if (list.PreviousSibling is null && list.NextSibling is LineBreakInline following) following.Remove();
        list.Remove();
    }
}
