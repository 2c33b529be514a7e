using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// Compares two versions of a rendered text, as a reader would: blocks are aligned first (so an inserted
/// paragraph or list item is one inserted block), then each changed pair of blocks is compared word by
/// word, and blocks that left one place and reappear in another are shown as moved.
/// </summary>
public static class RedlineBuilder
{
    /// <summary>
    /// Two blocks of the same kind are shown as one edited block when at least this share of their
    /// tokens is common (Dice coefficient); below it, as one deleted and one inserted block, since a
    /// mostly rewritten paragraph reads better whole than as confetti of marks.
    /// </summary>
    public const double SimilarityThreshold = 0.5;

    /// <summary>A deleted and an inserted block this similar (or more) are one moved block, with its edits shown.</summary>
    public const double MoveSimilarityThreshold = 0.8;

    /// <summary>Blocks shorter than this many words are not recognised as moved unless identical ("Yes." moving is noise).</summary>
    public const int MinimumWordsForMove = 4;

    /// <summary>How far ahead a deleted block looks for its edited twin among inserted ones.</summary>
    private const int PairingWindow = 64;

    /// <summary>Above this many deleted × inserted blocks, only identical blocks are looked for as moves (bounded work).</summary>
    private const long NearMoveSearchLimit = 250_000;

    public static RedlineDiff Compare(IReadOnlyList<DocumentBlock> oldBlocks, IReadOnlyList<DocumentBlock> newBlocks)
    {
        var tokens = new TokenPool();
        return Compare(new DiffableText(oldBlocks, tokens), new DiffableText(newBlocks, tokens));
    }

    public static RedlineDiff Compare(DiffableText old, DiffableText @new)
    {
        var changes = new List<BlockChange>(Math.Max(old.Blocks.Count, @new.Blocks.Count));
        var oldIndex = 0;
        foreach (var edit in EditScript.Compute(old.Keys, @new.Keys))
        {
            for (; oldIndex < edit.OldStart; oldIndex++)
                changes.Add(Whole(ChangeKind.Unchanged, old, oldIndex, @new, edit.NewStart - (edit.OldStart - oldIndex)));
            PairRegion(edit, old, @new, changes);
            oldIndex = edit.OldStart + edit.OldCount;
        }

        var offset = @new.Blocks.Count - old.Blocks.Count;
        for (; oldIndex < old.Blocks.Count; oldIndex++) changes.Add(Whole(ChangeKind.Unchanged, old, oldIndex, @new, oldIndex + offset));

        FindMoves(old, @new, changes);
        var diff = new RedlineDiff(changes, new RedlineStatistics(0, 0, 0, 0, 0));
        return diff with { Statistics = Count(changes, diff.Hunks.Count) };
    }

    /// <summary>
    /// Within a stretch of deleted and inserted blocks, pairs each old block with the next new block of the
    /// same kind that is similar enough, in order — unless a block further on is nearly the same
    /// (<see cref="MoveSimilarityThreshold"/>) where the next one is only similar: that one is its counterpart, and
    /// the blocks before it are inserted. So a section inserted before "3. Limits" does not turn that heading into
    /// "3. Refunds" but leaves it "4. Limits". The rest are whole-block deletions and insertions.
    /// </summary>
    private static void PairRegion(Edit edit, DiffableText old, DiffableText @new, List<BlockChange> changes)
    {
        var next = edit.NewStart;
        var newEnd = edit.NewStart + edit.NewCount;
        for (var o = edit.OldStart; o < edit.OldStart + edit.OldCount; o++)
        {
            var match = -1;
            for (var n = next; n < newEnd && n < next + PairingWindow; n++)
            {
                if (!CanPair(old.Blocks[o], @new.Blocks[n])) continue;
                var score = Similarity(old.Fingerprint(o), @new.Fingerprint(n), SimilarityThreshold);
                if (score < SimilarityThreshold || (match >= 0 && score < MoveSimilarityThreshold)) continue;
                match = n;
                if (score >= MoveSimilarityThreshold) break;
            }

            if (match < 0)
            {
                changes.Add(Whole(ChangeKind.Deleted, old, o, null, -1));
                continue;
            }

            for (; next < match; next++) changes.Add(Whole(ChangeKind.Inserted, null, -1, @new, next));
            changes.Add(Paired(ChangeKind.Modified, old, o, @new, match));
            next = match + 1;
        }

        for (; next < newEnd; next++) changes.Add(Whole(ChangeKind.Inserted, null, -1, @new, next));
    }

    /// <summary>
    /// Turns a deleted block and an inserted block with the same text (or nearly: see
    /// <see cref="MoveSimilarityThreshold"/>) into one moved block: the place it left and the place it reached.
    /// </summary>
    private static void FindMoves(DiffableText old, DiffableText @new, List<BlockChange> changes)
    {
        var deleted = new List<int>();
        var inserted = new List<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].Kind == ChangeKind.Deleted) deleted.Add(i);
            else if (changes[i].Kind == ChangeKind.Inserted) inserted.Add(i);
        }

        if (deleted.Count == 0 || inserted.Count == 0) return;

        var byKey = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        foreach (var d in deleted)
        {
            var key = old.Keys[changes[d].OldIndex];
            if (!byKey.TryGetValue(key, out var queue)) byKey[key] = queue = new Queue<int>();
            queue.Enqueue(d);
        }

        var pairs = new List<(int Deleted, int Inserted)>();
        var used = new HashSet<int>();
        var unmatched = new List<int>();
        foreach (var i in inserted)
        {
            var n = changes[i].NewIndex;
            // Identical blocks move together; a heading (distinctive even when one word long) moves with its section.
            var movable = @new.Blocks[n].Kind == BlockKind.Heading ? Words(@new.Tokens[n]) >= 1 : Words(@new.Tokens[n]) >= 2;
            if (movable && byKey.TryGetValue(@new.Keys[n], out var queue) && queue.Count > 0)
            {
                var d = queue.Dequeue();
                pairs.Add((d, i));
                used.Add(d);
            }
            else
            {
                unmatched.Add(i);
            }
        }

        var candidates = deleted.Where(d => !used.Contains(d) && Words(old.Tokens[changes[d].OldIndex]) >= MinimumWordsForMove).ToList();
        if ((long)candidates.Count * unmatched.Count <= NearMoveSearchLimit)
        {
            foreach (var i in unmatched)
            {
                var n = changes[i].NewIndex;
                if (Words(@new.Tokens[n]) < MinimumWordsForMove) continue;
                var best = -1;
                var bestScore = MoveSimilarityThreshold;
                foreach (var d in candidates)
                {
                    var o = changes[d].OldIndex;
                    if (used.Contains(d) || !CanPair(old.Blocks[o], @new.Blocks[n])) continue;
                    var score = Similarity(old.Fingerprint(o), @new.Fingerprint(n), bestScore);
                    if (score >= bestScore && (best < 0 || score > bestScore))
                    {
                        best = d;
                        bestScore = score;
                    }
                }

                if (best < 0) continue;
                pairs.Add((best, i));
                used.Add(best);
            }
        }

        // Number moves in the reading order of the place they reach.
        var move = 0;
        foreach (var (d, i) in pairs.OrderBy(p => p.Inserted))
        {
            move++;
            var o = changes[d].OldIndex;
            var n = changes[i].NewIndex;
            changes[d] = changes[d] with { Kind = ChangeKind.MovedFrom, Move = move };
            changes[i] = Paired(ChangeKind.MovedTo, old, o, @new, n) with { Move = move };
        }
    }

    /// <summary>
    /// A block of the older version shown with its counterpart in the newer one, word by word, with what changed in the
    /// block as a whole. A modified pair in which nothing at all would be marked is no change, and is shown unchanged.
    /// </summary>
    private static BlockChange Paired(ChangeKind kind, DiffableText old, int o, DiffableText @new, int n)
    {
        var verbatim = @new.Blocks[n].Kind == BlockKind.Code;
        var (oldCells, newCells) = (old.Tokens[o], @new.Tokens[n]);
        var cells = new IReadOnlyList<RedlineSegment>[oldCells.Length];
        for (var c = 0; c < cells.Length; c++) cells[c] = WordDiff.Compare(oldCells[c], newCells[c], verbatim);
        var formatting = BlockFormatting.Between(old.Blocks[o], @new.Blocks[n]);
        if (kind == ChangeKind.Modified && formatting.Count == 0 && cells.All(cell => cell.All(s => s.Kind == SegmentKind.Unchanged)))
            return Whole(ChangeKind.Unchanged, old, o, @new, n);
        return new BlockChange(kind, old.Blocks[o], @new.Blocks[n], cells, o, n) { Formatting = formatting };
    }

    /// <summary>An unchanged, inserted or deleted block: each cell one segment of all its tokens.</summary>
    private static BlockChange Whole(ChangeKind kind, DiffableText? old, int oldIndex, DiffableText? @new, int newIndex)
    {
        var segmentKind = kind switch
        {
            ChangeKind.Inserted => SegmentKind.Inserted,
            ChangeKind.Deleted => SegmentKind.Deleted,
            _ => SegmentKind.Unchanged,
        };

        // Unchanged text is shown as the newer version has it.
        var tokens = @new is not null ? @new.Tokens[newIndex] : old!.Tokens[oldIndex];
        var cells = new IReadOnlyList<RedlineSegment>[tokens.Length];
        for (var c = 0; c < cells.Length; c++) cells[c] = tokens[c].Length == 0 ? [] : [new RedlineSegment(segmentKind, tokens[c])];
        return new BlockChange(kind, old?.Blocks[oldIndex], @new?.Blocks[newIndex], cells, oldIndex, newIndex);
    }

    private static bool CanPair(DocumentBlock old, DocumentBlock @new) =>
        old.Kind == @new.Kind && old.Cells.Count == @new.Cells.Count;

    /// <summary>
    /// Dice coefficient of two blocks' token multisets (1 = same words, 0 = nothing shared), from their sorted
    /// fingerprints. Returns 0 at once when the lengths alone rule out reaching <paramref name="atLeast"/>.
    /// </summary>
    internal static double Similarity(int[] a, int[] b, double atLeast = 0)
    {
        var total = a.Length + b.Length;
        if (total == 0) return 1;
        if (2.0 * Math.Min(a.Length, b.Length) / total < atLeast) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }

        return 2.0 * common / total;
    }

    private static RedlineStatistics Count(List<BlockChange> changes, int hunks)
    {
        int wordsInserted = 0, wordsDeleted = 0, inserted = 0, deleted = 0, modified = 0, moved = 0, formatting = 0;
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case ChangeKind.Unchanged:
                case ChangeKind.MovedFrom:
                    continue;
                case ChangeKind.Inserted: inserted++; break;
                case ChangeKind.Deleted: deleted++; break;
                case ChangeKind.Modified: modified++; break;
                case ChangeKind.MovedTo: moved++; break;
            }

            formatting += change.Formatting.Count;
            foreach (var cell in change.Cells)
            {
                foreach (var segment in cell)
                {
                    if (segment.Kind == SegmentKind.Inserted) wordsInserted += Words(segment.Tokens);
                    else if (segment.Kind == SegmentKind.Deleted) wordsDeleted += Words(segment.Tokens);
                    else if (segment.Kind == SegmentKind.Reformatted) formatting++;
                }
            }
        }

        return new RedlineStatistics(wordsInserted, wordsDeleted, inserted, deleted, modified, moved, hunks, formatting);
    }

    private static int Words(IReadOnlyList<Token> tokens)
    {
        var n = 0;
        for (var i = 0; i < tokens.Count; i++) if (tokens[i].IsWord) n++;
        return n;
    }

    private static int Words(Token[][] cells)
    {
        var n = 0;
        foreach (var cell in cells) n += Words(cell);
        return n;
    }
}
