using LegalGen.Pages.Views;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using MoveHunks = (System.Collections.Generic.Dictionary<int, int> From, System.Collections.Generic.Dictionary<int, int> To);

namespace LegalGen.Pages.Planning;

public static partial class RedlineViews
{
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
}
