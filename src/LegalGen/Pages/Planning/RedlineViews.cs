using System.Text;
using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Pages.Views;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using MoveHunks = (System.Collections.Generic.Dictionary<int, int> From, System.Collections.Generic.Dictionary<int, int> To);

namespace LegalGen.Pages.Planning;

/// <summary>
/// Turns a <see cref="RedlineDiff"/> into the views its templates write: which blocks stay in view (the same
/// folding as the terminal's, <see cref="RedlineFolding"/>), where each change begins and ends, how blocks group
/// into lists and tables, where moved blocks went — and each block as HTML (<see cref="RedlineBlockHtml"/>).
/// </summary>
public static class RedlineViews
{
    /// <param name="includeUnchanged">
    /// False to leave long unchanged stretches out (only counted), for compact pages whose readers can open the
    /// full versions instead.
    /// </param>
    public static RedlineView Inline(RedlineDiff diff, RedlineLabels labels, bool includeUnchanged = true)
    {
        var moves = RedlineHtml.MoveHunks(diff);
        var stretches = new List<RedlineStretch>();
        foreach (var (visible, first, last) in RedlineHtml.Stretches(RedlineFolding.Visible(diff.Blocks)))
        {
            var passages = visible || includeUnchanged
                ? Passages(diff, first, last).Select(p => Passage(diff, p.Change, p.First, p.Last, labels, moves)).ToList()
                : [];
            stretches.Add(new RedlineStretch(!visible, last - first + 1, passages));
        }

        return new RedlineView(stretches, diff.Hunks.Count);
    }

    /// <param name="oldCaption">What the left column is, which screen readers announce before each of its blocks, e.g. "Version of 1 March 2023".</param>
    /// <param name="newCaption">What the right column is.</param>
    public static SideBySideView SideBySide(RedlineDiff diff, string oldCaption, string newCaption, RedlineLabels labels)
    {
        var moves = RedlineHtml.MoveHunks(diff);
        var stretches = new List<SideBySideStretch>();
        foreach (var (visible, first, last) in RedlineHtml.Stretches(RedlineFolding.Visible(diff.Blocks)))
        {
            // Long unchanged stretches are only counted here: the inline view, on the same page, unfolds them.
            var passages = visible
                ? Passages(diff, first, last).Select(p => new SideBySidePassage(p.Change, Rows(diff, p.First, p.Last, (oldCaption, newCaption), labels, moves))).ToList()
                : [];
            stretches.Add(new SideBySideStretch(!visible, last - first + 1, passages));
        }

        return new SideBySideView(stretches, diff.Hunks.Count);
    }

    /// <summary>Blocks <paramref name="first"/> to <paramref name="last"/> cut into changes (numbered) and the unchanged runs between them.</summary>
    private static IEnumerable<(int? Change, int First, int Last)> Passages(RedlineDiff diff, int first, int last)
    {
        var hunks = diff.Hunks;
        var next = 0;
        while (next < hunks.Count && hunks[next].Last < first) next++;
        for (var i = first; i <= last;)
        {
            if (next < hunks.Count && hunks[next].First == i)
            {
                yield return (hunks[next].Number, i, hunks[next].Last);
                i = hunks[next++].Last + 1;
                continue;
            }

            var end = Math.Min(last, next < hunks.Count ? hunks[next].First - 1 : last);
            yield return (null, i, end);
            i = end + 1;
        }
    }

    private static RedlinePassage Passage(RedlineDiff diff, int? change, int first, int last, RedlineLabels labels, MoveHunks moves) => new(
        change,
        () => GroupRanges(diff, first, last)
            .Select(g => Group(diff, g.Kind, g.First, g.Last, labels, moves))
            .ToList(),
        HtmlFragment.Of(html =>
        {
            foreach (var (kind, groupFirst, groupLast) in GroupRanges(diff, first, last))
            {
                if (kind == BlockKind.ListItem) html.Append("<ul class=\"rl-list\">\n");
                if (kind == BlockKind.TableRow) html.Append("<table class=\"rl-table\">\n");
                WriteBlocks(html, diff, groupFirst, groupLast, labels, moves);
                if (kind == BlockKind.ListItem) html.Append("</ul>\n");
                if (kind == BlockKind.TableRow) html.Append("</table>\n");
            }
        }));

    /// <summary>Blocks <paramref name="first"/> to <paramref name="last"/> in runs written together: list items (one list), table rows (one table), other blocks (null).</summary>
    private static IEnumerable<(BlockKind? Kind, int First, int Last)> GroupRanges(RedlineDiff diff, int first, int last)
    {
        for (var i = first; i <= last;)
        {
            var kind = GroupOf(diff.Blocks[i].Block.Kind);
            var end = i;
            while (end < last && GroupOf(diff.Blocks[end + 1].Block.Kind) == kind) end++;
            yield return (kind, i, end);
            i = end + 1;
        }
    }

    private static BlockKind? GroupOf(BlockKind kind) => kind is BlockKind.ListItem or BlockKind.TableRow ? kind : null;

    private static RedlineGroup Group(RedlineDiff diff, BlockKind? kind, int first, int last, RedlineLabels labels, MoveHunks moves)
    {
        var blocks = new List<RedlineBlock>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var change = diff.Blocks[i];
            var (movedTo, movedFrom) = Moves(change, moves);
            blocks.Add(new RedlineBlock(change.Kind, change.Block.Kind, RedlineBlockHtml.Inline(change, movedTo, movedFrom, labels)));
        }

        return new RedlineGroup(kind == BlockKind.ListItem, kind == BlockKind.TableRow, blocks,
            HtmlFragment.Of(html => WriteBlocks(html, diff, first, last, labels, moves)));
    }

    /// <summary>Each block as the inline redline shows it, on its own line.</summary>
    private static void WriteBlocks(StringBuilder html, RedlineDiff diff, int first, int last, RedlineLabels labels, MoveHunks moves)
    {
        for (var i = first; i <= last; i++)
        {
            var change = diff.Blocks[i];
            var (movedTo, movedFrom) = Moves(change, moves);
            RedlineBlockHtml.WriteInline(html, change, movedTo, movedFrom, labels);
            html.Append('\n');
        }
    }

    private static List<SideBySideRow> Rows(RedlineDiff diff, int first, int last, (string Old, string New) captions, RedlineLabels labels, MoveHunks moves)
    {
        var rows = new List<SideBySideRow>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            var change = diff.Blocks[i];

            // A moved block's row shows its old wording too, so words edited on the way are visible.
            var old = change.IsInOld || change.Kind == ChangeKind.MovedTo
                ? RedlineBlockHtml.Side(change, change.Old!, oldSide: true, captions.Old, labels)
                : null;
            var @new = change.IsInNew ? RedlineBlockHtml.Side(change, change.New!, oldSide: false, captions.New, labels) : null;
            var (movedTo, movedFrom) = Moves(change, moves);
            rows.Add(new SideBySideRow(change.Kind, old, @new, movedTo, movedFrom));
        }

        return rows;
    }

    /// <summary>For a moved block, the change its text moved to (seen from the place it left) or came from (seen from where it arrived).</summary>
    private static (int? To, int? From) Moves(BlockChange change, MoveHunks moves) =>
        (change.Kind == ChangeKind.MovedFrom ? moves.To[change.Move] : null, change.Kind == ChangeKind.MovedTo ? moves.From[change.Move] : null);
}
