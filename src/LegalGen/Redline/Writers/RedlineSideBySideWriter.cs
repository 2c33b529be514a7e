using System.Text;
using LegalGen.Markdown;
using LegalGen.Html;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// Writes a <see cref="RedlineDiff"/> as two aligned columns, the older version on the left with its deleted
/// words struck, the newer on the right with its inserted words underlined; changes numbered
/// <c>id="side-change-N"</c>. Long unchanged stretches are only counted here (the inline view, on the same
/// page, unfolds them), which keeps diff pages half as heavy. On narrow screens the columns stack.
/// </summary>
public sealed class RedlineSideBySideWriter(RedlineLabels labels)
{
    public const string ChangeIdPrefix = "side-change-";

    private readonly RedlineLabels _labels = labels;

    /// <param name="oldCaption">The left column's heading, e.g. the older version's date.</param>
    /// <param name="newCaption">The right column's heading.</param>
    public string Write(RedlineDiff diff, string oldCaption, string newCaption)
    {
        var html = new StringBuilder(4096);
        var moves = RedlineHtml.MoveHunks(diff);
        html.Append("<div class=\"sbs\">\n<div class=\"sbs-row sbs-caption\" aria-hidden=\"true\"><div class=\"sbs-old\">")
            .AppendEscaped(oldCaption).Append("</div><div class=\"sbs-new\">").AppendEscaped(newCaption).Append("</div></div>\n");
        foreach (var (visible, first, last) in RedlineHtml.Stretches(RedlineFolding.Visible(diff.Blocks)))
        {
            if (!visible)
            {
                html.Append("<p class=\"sbs-gap\">").AppendEscaped(_labels.Folded(last - first + 1)).Append("</p>\n");
                continue;
            }

            var hunk = diff.Hunks.FirstOrDefault(h => h.Last >= first);
            for (var i = first; i <= last; i++)
            {
                if (hunk is not null && i == hunk.First)
                {
                    html.Append("<div class=\"sbs-hunk\" id=\"").Append(ChangeIdPrefix).Append(hunk.Number).Append("\">\n");
                    RedlineHtml.WriteHunkNavigation(html, _labels, ChangeIdPrefix, hunk.Number, diff.Hunks.Count);
                }

                WriteRow(html, diff.Blocks[i], moves, oldCaption, newCaption);

                if (hunk is not null && i == hunk.Last)
                {
                    html.Append("</div>\n");
                    hunk = hunk.Number < diff.Hunks.Count ? diff.Hunks[hunk.Number] : null;
                }
            }
        }

        html.Append("</div>\n");
        return html.ToString();
    }

    private void WriteRow(StringBuilder html, BlockChange change, (Dictionary<int, int> From, Dictionary<int, int> To) moves, string oldCaption, string newCaption)
    {
        html.Append("<div class=\"sbs-row rl-").Append(RedlineHtmlWriter.CssName(change.Kind)).Append("\">");

        html.Append("<div class=\"sbs-old\">");
        if (change.IsInOld || change.Kind == ChangeKind.MovedTo)
        {
            // A moved block's row shows its old wording too, so words edited on the way are visible.
            WriteBlock(html, change, change.Old!, oldSide: true, oldCaption);
            WriteMoveLink(html, change, moves);
        }

        html.Append("</div><div class=\"sbs-new\">");
        if (change.IsInNew) WriteBlock(html, change, change.New!, oldSide: false, newCaption);
        html.Append("</div></div>\n");
    }

    private void WriteBlock(StringBuilder html, BlockChange change, DocumentBlock block, bool oldSide, string caption)
    {
        html.Append("<div class=\"sbs-block sbs-").Append(block.Kind.ToString().ToLowerInvariant());
        if (block.Kind == BlockKind.Heading) html.Append(" sbs-h").Append(Math.Clamp(block.Level, 2, 6));
        if (block.Kind == BlockKind.ListItem) html.Append(" rl-depth-").Append(Math.Clamp(block.Level, 1, 6));
        html.Append("\"><span class=\"visually-hidden\">").AppendEscaped(caption).Append(": </span>");
        if (block.Kind == BlockKind.ListItem && block.Marker is not null)
            html.Append("<span class=\"rl-marker\">").AppendEscaped(block.Marker).Append("</span> ");
        if (block.Kind == BlockKind.Rule) html.Append("<hr>");

        for (var c = 0; c < block.Cells.Count; c++)
        {
            if (c > 0) html.Append("<span class=\"sbs-cell-separator\" aria-hidden=\"true\"> │ </span>");
            foreach (var segment in change.Cells[c]) WriteSegment(html, change.Kind, segment, oldSide);
        }

        html.Append("</div>");
    }

    private void WriteSegment(StringBuilder html, ChangeKind change, RedlineSegment segment, bool oldSide)
    {
        // Each side shows only its own text: deletions on the left, insertions on the right.
        if (segment.Kind == SegmentKind.Inserted && oldSide) return;
        if (segment.Kind == SegmentKind.Deleted && !oldSide && change != ChangeKind.Deleted) return;

        if (change == ChangeKind.MovedFrom)
            RedlineHtml.WriteSegment(html, "span", "rl-moved-text", _labels.MovedAway, segment.Tokens);
        else if (segment.Kind == SegmentKind.Deleted)
            RedlineHtml.WriteSegment(html, "del", null, _labels.Deleted, segment.Tokens);
        else if (segment.Kind == SegmentKind.Inserted)
            RedlineHtml.WriteSegment(html, "ins", null, _labels.Inserted, segment.Tokens);
        else if (change == ChangeKind.MovedTo && !oldSide)
            RedlineHtml.WriteSegment(html, "span", "rl-moved-text", _labels.MovedHere, segment.Tokens);
        else
            RedlineHtml.WriteSegment(html, null, null, null, segment.Tokens);
    }

    private void WriteMoveLink(StringBuilder html, BlockChange change, (Dictionary<int, int> From, Dictionary<int, int> To) moves)
    {
        if (change.Kind is not (ChangeKind.MovedFrom or ChangeKind.MovedTo)) return;
        var (target, text) = change.Kind == ChangeKind.MovedFrom
            ? (moves.To[change.Move], _labels.MovedTo(moves.To[change.Move]))
            : (moves.From[change.Move], _labels.MovedFrom(moves.From[change.Move]));
        html.Append("<p class=\"rl-move-link\"><a href=\"#").Append(ChangeIdPrefix).Append(target).Append("\">").AppendEscaped(text).Append("</a></p>");
    }
}
