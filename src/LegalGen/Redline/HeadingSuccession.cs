using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// Which heading of the newer text each heading of the older one became, as the redline of the two aligns them: a heading
/// kept, edited ("4. Services Usage Limits" → "5. Services Usage Limits") or moved with its section is the same heading;
/// so is a heading the redline shows deleted with another inserted in its place — retitled — when what follows each is
/// the same block in both texts, kept or nearly so (<see cref="RedlineBuilder.MoveSimilarityThreshold"/> of its words),
/// or both end the text: the section went on under a new title. A section replaced by another, or rewritten beyond
/// that, has no successor. Reads the redline only: no comparison beyond the one the diff pages make anyway.
/// </summary>
public static class HeadingSuccession
{
    /// <summary>Pairs of block indexes (older text, newer text), one per heading that has a successor.</summary>
    public static IReadOnlyList<(int Old, int New)> Of(RedlineDiff diff)
    {
        var pairs = new List<(int Old, int New)>();
        var newOf = new Dictionary<int, int>();
        var keptOf = new Dictionary<int, int>();
        int oldCount = 0, newCount = 0;
        foreach (var change in diff.Blocks)
        {
            if (change.IsInOld) oldCount++;
            if (change.IsInNew) newCount++;
            if (change.Kind is not (ChangeKind.Unchanged or ChangeKind.Modified or ChangeKind.MovedTo)) continue;
            newOf[change.OldIndex] = change.NewIndex;
            if (IsNearlyKept(change)) keptOf[change.OldIndex] = change.NewIndex;
            if (change.Old!.Kind == BlockKind.Heading && change.New!.Kind == BlockKind.Heading) pairs.Add((change.OldIndex, change.NewIndex));
        }

        foreach (var hunk in diff.Hunks)
        {
            var deleted = new List<int>();
            var inserted = new List<int>();
            for (var i = hunk.First; i <= hunk.Last; i++)
            {
                var change = diff.Blocks[i];
                if (change.Block.Kind != BlockKind.Heading) continue;
                if (change.Kind == ChangeKind.Deleted) deleted.Add(change.OldIndex);
                else if (change.Kind == ChangeKind.Inserted) inserted.Add(change.NewIndex);
            }

            // Last first: a retitled heading followed by a retitled subheading is known by the subheading's pair.
            for (var d = deleted.Count - 1; d >= 0 && inserted.Count > 0; d--)
            {
                var old = deleted[d];
                var next = inserted.FindLastIndex(n => Continues(old, n, keptOf, oldCount, newCount));
                if (next < 0) continue;
                pairs.Add((old, inserted[next]));
                keptOf[old] = inserted[next];
                inserted.RemoveAt(next);
            }
        }

        pairs.Sort();
        return pairs;
    }

    /// <summary>True when the blocks after both headings are the same block nearly kept, or both headings end their texts.</summary>
    private static bool Continues(int old, int @new, Dictionary<int, int> keptOf, int oldCount, int newCount) =>
        old + 1 == oldCount ? @new + 1 == newCount : keptOf.TryGetValue(old + 1, out var next) && next == @new + 1;

    /// <summary>A block the newer text has kept, or changed in fewer than one word in five (by the share of words kept in both).</summary>
    private static bool IsNearlyKept(BlockChange change)
    {
        if (change.Kind == ChangeKind.Unchanged) return true;
        int kept = 0, changed = 0;
        foreach (var cell in change.Cells)
        {
            foreach (var segment in cell)
            {
                if (segment.Kind is SegmentKind.Unchanged or SegmentKind.Reformatted) kept += 2 * segment.Tokens.Count;
                else changed += segment.Tokens.Count;
            }
        }

        return kept + changed == 0 || (double)kept / (kept + changed) >= RedlineBuilder.MoveSimilarityThreshold;
    }
}
