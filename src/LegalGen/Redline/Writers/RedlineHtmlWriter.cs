using System.Text;
using LegalGen.Markdown;
using LegalGen.Html;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// Writes a <see cref="RedlineDiff"/> as one inline redline: deleted words in <c>&lt;del&gt;</c>, inserted words
/// in <c>&lt;ins&gt;</c> (each announced to screen readers), moved blocks marked at both places and linked to
/// each other, every change numbered <c>id="change-N"</c> with links to the previous and next, and long
/// unchanged stretches folded into <c>&lt;details&gt;</c> that open without JavaScript.
/// </summary>
/// <param name="includeUnchanged">
/// False to leave long unchanged stretches out (only counted), for compact pages whose readers can open the
/// full versions instead.
/// </param>
public sealed class RedlineHtmlWriter(RedlineLabels labels, bool includeUnchanged = true)
{
    public const string ChangeIdPrefix = "change-";

    private readonly RedlineLabels _labels = labels;

    public string Write(RedlineDiff diff)
    {
        var html = new StringBuilder(4096);
        var moves = RedlineHtml.MoveHunks(diff);
        html.Append("<div class=\"redline\">\n");
        foreach (var (visible, first, last) in RedlineHtml.Stretches(RedlineFolding.Visible(diff.Blocks)))
        {
            if (!visible && !includeUnchanged)
            {
                html.Append("<p class=\"rl-gap\">").AppendEscaped(_labels.Folded(last - first + 1)).Append("</p>\n");
                continue;
            }

            if (!visible)
                html.Append("<details class=\"rl-fold\"><summary>").AppendEscaped(_labels.Folded(last - first + 1)).Append("</summary>\n");
            WriteBlocks(html, diff, first, last, moves);
            if (!visible) html.Append("</details>\n");
        }

        html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>
    /// Writes blocks in order, grouping list items into one list and table rows into one table, and
    /// wrapping each change (a run of changed blocks) in <c>&lt;div id="change-N"&gt;</c> with its navigation.
    /// </summary>
    private void WriteBlocks(StringBuilder html, RedlineDiff diff, int first, int last, (Dictionary<int, int> From, Dictionary<int, int> To) moves)
    {
        BlockKind? group = null;
        var hunks = diff.Hunks;
        var hunk = hunks.FirstOrDefault(h => h.Last >= first);
        for (var i = first; i <= last; i++)
        {
            if (hunk is not null && i == hunk.First)
            {
                CloseGroup(html, ref group);
                html.Append("<div class=\"rl-hunk\" id=\"").Append(ChangeIdPrefix).Append(hunk.Number).Append("\">\n");
                RedlineHtml.WriteHunkNavigation(html, _labels, ChangeIdPrefix, hunk.Number, hunks.Count);
            }

            var kind = diff.Blocks[i].Block.Kind;
            var grouped = kind is BlockKind.ListItem or BlockKind.TableRow ? kind : (BlockKind?)null;
            if (group != grouped)
            {
                CloseGroup(html, ref group);
                if (grouped == BlockKind.ListItem) html.Append("<ul class=\"rl-list\">\n");
                if (grouped == BlockKind.TableRow) html.Append("<table class=\"rl-table\">\n");
                group = grouped;
            }

            WriteBlock(html, diff.Blocks[i], moves);

            if (hunk is not null && i == hunk.Last)
            {
                CloseGroup(html, ref group);
                html.Append("</div>\n");
                hunk = hunk.Number < hunks.Count ? hunks[hunk.Number] : null;
            }
        }

        CloseGroup(html, ref group);
    }

    private static void CloseGroup(StringBuilder html, ref BlockKind? group)
    {
        if (group == BlockKind.ListItem) html.Append("</ul>\n");
        if (group == BlockKind.TableRow) html.Append("</table>\n");
        group = null;
    }

    private void WriteBlock(StringBuilder html, BlockChange change, (Dictionary<int, int> From, Dictionary<int, int> To) moves)
    {
        var block = change.Block;
        var element = block.Kind switch
        {
            BlockKind.Heading => $"h{Math.Clamp(block.Level, 2, 6)}",
            BlockKind.ListItem => "li",
            BlockKind.TableRow => "tr",
            BlockKind.Quote => "blockquote",
            BlockKind.Code => "pre",
            BlockKind.Rule => "div",
            _ => "p",
        };

        html.Append('<').Append(element).Append(" class=\"rl-").Append(CssName(change.Kind));
        if (block.Kind == BlockKind.ListItem) html.Append(" rl-depth-").Append(Math.Clamp(block.Level, 1, 6));
        html.Append('"');
        if (block.Kind == BlockKind.Heading && block.Anchor is not null && change.Kind == ChangeKind.Unchanged)
            html.Append(" id=\"").AppendEscaped(block.Anchor).Append('"');
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

        WriteMoveLink(html, change, moves, block.Kind == BlockKind.TableRow);
        html.Append("</").Append(element).Append(">\n");
    }

    private void WriteCell(StringBuilder html, BlockChange change, int cell)
    {
        foreach (var segment in change.Cells[cell])
        {
            switch (change.Kind, segment.Kind)
            {
                case (ChangeKind.MovedFrom, _):
                    RedlineHtml.WriteSegment(html, "span", "rl-moved-text", _labels.MovedAway, segment.Tokens);
                    break;
                case (_, SegmentKind.Deleted):
                    RedlineHtml.WriteSegment(html, "del", null, _labels.Deleted, segment.Tokens);
                    break;
                case (_, SegmentKind.Inserted):
                    RedlineHtml.WriteSegment(html, "ins", null, _labels.Inserted, segment.Tokens);
                    break;
                case (ChangeKind.MovedTo, _):
                    RedlineHtml.WriteSegment(html, "span", "rl-moved-text", _labels.MovedHere, segment.Tokens);
                    break;
                default:
                    RedlineHtml.WriteSegment(html, null, null, null, segment.Tokens);
                    break;
            }
        }
    }

    private void WriteMoveLink(StringBuilder html, BlockChange change, (Dictionary<int, int> From, Dictionary<int, int> To) moves, bool inTable)
    {
        if (change.Kind is not (ChangeKind.MovedFrom or ChangeKind.MovedTo)) return;
        var (target, text) = change.Kind == ChangeKind.MovedFrom
            ? (moves.To[change.Move], _labels.MovedTo(moves.To[change.Move]))
            : (moves.From[change.Move], _labels.MovedFrom(moves.From[change.Move]));
        html.Append(inTable ? "<td class=\"rl-move-link\">" : " <span class=\"rl-move-link\">")
            .Append("<a href=\"#").Append(ChangeIdPrefix).Append(target).Append("\">").AppendEscaped(text).Append("</a>")
            .Append(inTable ? "</td>" : "</span>");
    }

    internal static string CssName(ChangeKind kind) => kind switch
    {
        ChangeKind.MovedFrom => "moved-from",
        ChangeKind.MovedTo => "moved-to",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
