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
/// into lists and tables, where moved blocks went — and each block as HTML (<see cref="RedlineBlockHtml"/>). The
/// side-by-side view is made from this one in the reader's browser (<c>assets/redline.js</c>).
/// </summary>
public static partial class RedlineViews
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
        new PassageBlocks(diff, first, last, labels, moves));

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

    /// <summary>For a moved block, the change its text moved to (seen from the place it left) or came from (seen from where it arrived).</summary>
    private static (int? To, int? From) Moves(BlockChange change, MoveHunks moves) =>
        (change.Kind == ChangeKind.MovedFrom ? moves.To[change.Move] : null, change.Kind == ChangeKind.MovedTo ? moves.From[change.Move] : null);

    /// <summary>
    /// A passage's blocks as the built-in partial writes them: list items in one list, table rows in one table, in a box
    /// that scrolls sideways on its own when the table is wider than the page (a phone's), which the keyboard can reach.
    /// </summary>
    private sealed class PassageBlocks(RedlineDiff diff, int first, int last, RedlineLabels labels, MoveHunks moves) : HtmlFragment
    {
        public override void WriteTo(StringBuilder html)
        {
            foreach (var (kind, groupFirst, groupLast) in GroupRanges(diff, first, last))
            {
                if (kind == BlockKind.ListItem) html.Append("<ul class=\"rl-list\">\n");
                if (kind == BlockKind.TableRow) html.Append(TableScrollBox.Open).Append("<table class=\"rl-table\">\n");
                WriteBlocks(html, diff, groupFirst, groupLast, labels, moves);
                if (kind == BlockKind.ListItem) html.Append("</ul>\n");
                if (kind == BlockKind.TableRow) html.Append("</table>").Append(TableScrollBox.Close).Append('\n');
            }
        }
    }
}
