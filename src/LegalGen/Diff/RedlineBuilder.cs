using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// Compares two versions of a rendered text: blocks are aligned first (so an inserted paragraph or list
/// item is one inserted block), then each changed pair of blocks is compared word by word.
/// </summary>
public static class RedlineBuilder
{
    /// <summary>
    /// Two blocks of the same kind are shown as one edited block when at least this share of their
    /// tokens is common (Dice coefficient); below it, as one deleted and one inserted block, since a
    /// mostly rewritten paragraph reads better whole than as confetti of marks.
    /// </summary>
    public const double SimilarityThreshold = 0.5;

    /// <summary>How far ahead a deleted block looks for its edited twin among inserted ones.</summary>
    private const int PairingWindow = 64;

    public static RedlineDiff Compare(IReadOnlyList<DocumentBlock> oldBlocks, IReadOnlyList<DocumentBlock> newBlocks) =>
        Compare(new DiffableText(oldBlocks), new DiffableText(newBlocks));

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

        return new RedlineDiff(changes, Count(changes));
    }

    /// <summary>
    /// Within a stretch of deleted and inserted blocks, pairs each old block with the next new block of the
    /// same kind that is similar enough, in order; the rest are whole-block deletions and insertions.
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
                if (CanPair(old.Blocks[o], @new.Blocks[n]) && Similarity(old.Tokens[o], @new.Tokens[n]) >= SimilarityThreshold)
                {
                    match = n;
                    break;
                }
            }

            if (match < 0)
            {
                changes.Add(Whole(ChangeKind.Deleted, old, o, null, -1));
                continue;
            }

            for (; next < match; next++) changes.Add(Whole(ChangeKind.Inserted, null, -1, @new, next));
            var cells = new IReadOnlyList<DiffSegment>[old.Tokens[o].Length];
            for (var c = 0; c < cells.Length; c++) cells[c] = WordDiff.Compare(old.Tokens[o][c], @new.Tokens[match][c]);
            changes.Add(new BlockChange(ChangeKind.Modified, old.Blocks[o], @new.Blocks[match], cells));
            next = match + 1;
        }

        for (; next < newEnd; next++) changes.Add(Whole(ChangeKind.Inserted, null, -1, @new, next));
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
        var cells = new IReadOnlyList<DiffSegment>[tokens.Length];
        for (var c = 0; c < cells.Length; c++) cells[c] = tokens[c].Length == 0 ? [] : [new DiffSegment(segmentKind, tokens[c])];
        return new BlockChange(kind, old?.Blocks[oldIndex], @new?.Blocks[newIndex], cells);
    }

    private static bool CanPair(DocumentBlock old, DocumentBlock @new) =>
        old.Kind == @new.Kind && old.Cells.Count == @new.Cells.Count;

    /// <summary>Dice coefficient of the two blocks' token multisets: 1 = same words, 0 = nothing shared.</summary>
    internal static double Similarity(Token[][] a, Token[][] b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var cell in a)
        {
            foreach (var token in cell)
            {
                counts[token.Key] = counts.GetValueOrDefault(token.Key) + 1;
                total++;
            }
        }

        var common = 0;
        foreach (var cell in b)
        {
            foreach (var token in cell)
            {
                total++;
                if (counts.TryGetValue(token.Key, out var n) && n > 0)
                {
                    counts[token.Key] = n - 1;
                    common++;
                }
            }
        }

        return total == 0 ? 1 : 2.0 * common / total;
    }

    private static DiffStatistics Count(List<BlockChange> changes)
    {
        int wordsInserted = 0, wordsDeleted = 0, inserted = 0, deleted = 0, modified = 0;
        foreach (var change in changes)
        {
            switch (change.Kind)
            {
                case ChangeKind.Unchanged: continue;
                case ChangeKind.Inserted: inserted++; break;
                case ChangeKind.Deleted: deleted++; break;
                case ChangeKind.Modified: modified++; break;
            }

            foreach (var segment in change.Cells.SelectMany(c => c))
            {
                if (segment.Kind == SegmentKind.Inserted) wordsInserted += Words(segment.Tokens);
                else if (segment.Kind == SegmentKind.Deleted) wordsDeleted += Words(segment.Tokens);
            }
        }

        return new DiffStatistics(wordsInserted, wordsDeleted, inserted, deleted, modified);
    }

    private static int Words(IReadOnlyList<Token> tokens)
    {
        var n = 0;
        for (var i = 0; i < tokens.Count; i++) if (tokens[i].IsWord) n++;
        return n;
    }
}
