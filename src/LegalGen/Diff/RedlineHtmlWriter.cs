using System.Text;
using LegalGen.Markdown;
using LegalGen.Rendering;

namespace LegalGen.Diff;

/// <summary>
/// Writes a <see cref="RedlineDiff"/> as HTML: deleted words in <c>&lt;del&gt;</c>, inserted words in
/// <c>&lt;ins&gt;</c> (each announced to screen readers), every change numbered <c>id="change-N"</c>, and long
/// unchanged stretches folded into <c>&lt;details&gt;</c> that open without JavaScript.
/// </summary>
public sealed class RedlineHtmlWriter(RedlineLabels labels)
{
    /// <summary>Unchanged blocks shown around each change before the rest is folded.</summary>
    public const int Context = RedlineFolding.Context;

    private readonly RedlineLabels _labels = labels;

    public string Write(RedlineDiff diff)
    {
        var html = new StringBuilder();
        var visible = RedlineFolding.Visible(diff.Blocks);
        var numbers = Numbering(diff.Blocks);
        html.Append("<div class=\"redline\">\n");
        var i = 0;
        while (i < diff.Blocks.Count)
        {
            var end = i;
            while (end < diff.Blocks.Count && visible[end] == visible[i]) end++;
            var stretch = Enumerable.Range(i, end - i).ToList();
            if (visible[i])
            {
                WriteBlocks(html, diff.Blocks, stretch, numbers);
            }
            else
            {
                html.Append("<details class=\"rl-fold\"><summary>").AppendEscaped(_labels.Folded(stretch.Count)).Append("</summary>\n");
                WriteBlocks(html, diff.Blocks, stretch, numbers);
                html.Append("</details>\n");
            }

            i = end;
        }

        html.Append("</div>\n");
        return html.ToString();
    }

    private static int[] Numbering(IReadOnlyList<BlockChange> blocks)
    {
        var numbers = new int[blocks.Count];
        var n = 0;
        for (var i = 0; i < blocks.Count; i++)
            if (blocks[i].Kind != ChangeKind.Unchanged) numbers[i] = ++n;
        return numbers;
    }

    /// <summary>Writes blocks in order, grouping list items into one list and table rows into one table.</summary>
    private void WriteBlocks(StringBuilder html, IReadOnlyList<BlockChange> blocks, List<int> indexes, int[] numbers)
    {
        BlockKind? group = null;
        foreach (var i in indexes)
        {
            var kind = blocks[i].Block.Kind;
            var grouped = kind is BlockKind.ListItem or BlockKind.TableRow ? kind : (BlockKind?)null;
            if (group != grouped)
            {
                CloseGroup(html, group);
                if (grouped == BlockKind.ListItem) html.Append("<ul class=\"rl-list\">\n");
                if (grouped == BlockKind.TableRow) html.Append("<table class=\"rl-table\">\n");
                group = grouped;
            }

            WriteBlock(html, blocks[i], numbers[i]);
        }

        CloseGroup(html, group);
    }

    private static void CloseGroup(StringBuilder html, BlockKind? group)
    {
        if (group == BlockKind.ListItem) html.Append("</ul>\n");
        if (group == BlockKind.TableRow) html.Append("</table>\n");
    }

    private void WriteBlock(StringBuilder html, BlockChange change, int number)
    {
        var block = change.Block;
        var (open, close) = block.Kind switch
        {
            BlockKind.Heading => ($"h{Math.Clamp(block.Level, 2, 6)}", $"h{Math.Clamp(block.Level, 2, 6)}"),
            BlockKind.ListItem => ("li", "li"),
            BlockKind.TableRow => ("tr", "tr"),
            BlockKind.Quote => ("blockquote", "blockquote"),
            BlockKind.Code => ("pre", "pre"),
            BlockKind.Rule => ("div", "div"),
            _ => ("p", "p"),
        };

        html.Append('<').Append(open).Append(" class=\"rl-").Append(change.Kind.ToString().ToLowerInvariant());
        if (block.Kind == BlockKind.ListItem) html.Append(" rl-depth-").Append(Math.Clamp(block.Level, 1, 6));
        html.Append('"');
        if (number > 0) html.Append(" id=\"change-").Append(number).Append('"');
        else if (block.Kind == BlockKind.Heading && block.Anchor is not null) html.Append(" id=\"").AppendEscaped(block.Anchor).Append('"');
        html.Append('>');

        if (block.Kind == BlockKind.ListItem && block.Marker is not null)
            html.Append("<span class=\"rl-marker\">").AppendEscaped(block.Marker).Append("</span> ");
        if (block.Kind == BlockKind.Rule) html.Append("<hr>");

        for (var c = 0; c < block.Cells.Count; c++)
        {
            if (block.Kind == BlockKind.TableRow) html.Append(block.Level == 1 ? "<th>" : "<td>");
            WriteCell(html, change, c);
            if (block.Kind == BlockKind.TableRow) html.Append(block.Level == 1 ? "</th>" : "</td>");
        }

        html.Append("</").Append(close).Append(">\n");
    }

    private void WriteCell(StringBuilder html, BlockChange change, int cell)
    {
        foreach (var segment in change.Cells[cell]) WriteSegment(html, segment.Kind, segment.Tokens);
    }

    private void WriteSegment(StringBuilder html, SegmentKind kind, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0) return;

        // The space before a marked stretch stays outside the mark, so only words are struck or underlined.
        html.AppendEscaped(tokens[0].Space);
        var tag = kind switch { SegmentKind.Deleted => "del", SegmentKind.Inserted => "ins", _ => null };
        if (tag is not null)
        {
            var label = kind == SegmentKind.Deleted ? _labels.Deleted : _labels.Inserted;
            html.Append('<').Append(tag).Append("><span class=\"visually-hidden\">").AppendEscaped(label).Append(" </span>");
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].Style == tokens[i].Style && tokens[end].Link == tokens[i].Link) end++;
            WriteFormatted(html, tokens, i, end, first: i == 0);
            i = end;
        }

        if (tag is not null) html.Append("</").Append(tag).Append('>');
    }

    private static void WriteFormatted(StringBuilder html, IReadOnlyList<Token> tokens, int start, int end, bool first)
    {
        var style = tokens[start].Style;
        var link = tokens[start].Link;
        if (!first) html.AppendEscaped(tokens[start].Space);
        if (link is not null) html.Append("<a href=\"").AppendEscaped(link).Append("\">");
        if ((style & InlineStyle.Strong) != 0) html.Append("<strong>");
        if ((style & InlineStyle.Emphasis) != 0) html.Append("<em>");
        if ((style & InlineStyle.Strike) != 0) html.Append("<s>");
        if ((style & InlineStyle.Code) != 0) html.Append("<code>");
        for (var i = start; i < end; i++)
        {
            if (i > start) html.AppendEscaped(tokens[i].Space);
            html.AppendEscaped(tokens[i].Text);
        }

        if ((style & InlineStyle.Code) != 0) html.Append("</code>");
        if ((style & InlineStyle.Strike) != 0) html.Append("</s>");
        if ((style & InlineStyle.Emphasis) != 0) html.Append("</em>");
        if ((style & InlineStyle.Strong) != 0) html.Append("</strong>");
        if (link is not null) html.Append("</a>");
    }
}
