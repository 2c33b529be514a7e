using System.Text;
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

    public static RedlineDiff Compare(IReadOnlyList<DocumentBlock> oldBlocks, IReadOnlyList<DocumentBlock> newBlocks)
    {
        var oldTokens = oldBlocks.Select(TokenizeCells).ToList();
        var newTokens = newBlocks.Select(TokenizeCells).ToList();
        var oldKeys = oldBlocks.Select((b, i) => BlockKey(b, oldTokens[i])).ToList();
        var newKeys = newBlocks.Select((b, i) => BlockKey(b, newTokens[i])).ToList();

        var changes = new List<BlockChange>();
        var oldIndex = 0;
        foreach (var edit in EditScript.Compute(oldKeys, newKeys))
        {
            for (; oldIndex < edit.OldStart; oldIndex++)
                changes.Add(Unchanged(oldBlocks[oldIndex], newBlocks[edit.NewStart - (edit.OldStart - oldIndex)]));
            PairRegion(edit, oldBlocks, newBlocks, oldTokens, newTokens, changes);
            oldIndex = edit.OldStart + edit.OldCount;
        }

        var offset = newBlocks.Count - oldBlocks.Count;
        for (; oldIndex < oldBlocks.Count; oldIndex++) changes.Add(Unchanged(oldBlocks[oldIndex], newBlocks[oldIndex + offset]));

        return new RedlineDiff(changes, Count(changes));
    }

    private static BlockChange Unchanged(DocumentBlock old, DocumentBlock @new) => new(ChangeKind.Unchanged, old, @new, []);

    /// <summary>
    /// Within a stretch of deleted and inserted blocks, pairs each old block with the next new block of the
    /// same kind that is similar enough, in order; the rest are whole-block deletions and insertions.
    /// </summary>
    private static void PairRegion(
        Edit edit,
        IReadOnlyList<DocumentBlock> oldBlocks,
        IReadOnlyList<DocumentBlock> newBlocks,
        List<List<Token>[]> oldTokens,
        List<List<Token>[]> newTokens,
        List<BlockChange> changes)
    {
        var next = edit.NewStart;
        var newEnd = edit.NewStart + edit.NewCount;
        for (var o = edit.OldStart; o < edit.OldStart + edit.OldCount; o++)
        {
            var match = -1;
            for (var n = next; n < newEnd && n < next + PairingWindow; n++)
            {
                if (CanPair(oldBlocks[o], newBlocks[n]) && Similarity(oldTokens[o], newTokens[n]) >= SimilarityThreshold)
                {
                    match = n;
                    break;
                }
            }

            if (match < 0)
            {
                changes.Add(new BlockChange(ChangeKind.Deleted, oldBlocks[o], null, [Whole(SegmentKind.Deleted, oldTokens[o])]));
                continue;
            }

            for (; next < match; next++) changes.Add(Inserted(newBlocks[next], newTokens[next]));
            var cells = oldTokens[o].Zip(newTokens[match], WordDiff.Compare).ToList();
            changes.Add(new BlockChange(ChangeKind.Modified, oldBlocks[o], newBlocks[match], cells));
            next = match + 1;
        }

        for (; next < newEnd; next++) changes.Add(Inserted(newBlocks[next], newTokens[next]));
    }

    private static BlockChange Inserted(DocumentBlock block, List<Token>[] tokens) =>
        new(ChangeKind.Inserted, null, block, [Whole(SegmentKind.Inserted, tokens)]);

    /// <summary>A whole deleted or inserted block as one segment (its cells joined), for counting and plain-text forms.</summary>
    private static IReadOnlyList<DiffSegment> Whole(SegmentKind kind, List<Token>[] cells) =>
        [new DiffSegment(kind, cells.SelectMany(c => c).ToList())];

    private static DiffStatistics Count(List<BlockChange> changes)
    {
        int wordsInserted = 0, wordsDeleted = 0;
        foreach (var segment in changes.SelectMany(c => c.Cells).SelectMany(c => c))
        {
            if (segment.Kind == SegmentKind.Inserted) wordsInserted += Words(segment.Tokens);
            else if (segment.Kind == SegmentKind.Deleted) wordsDeleted += Words(segment.Tokens);
        }

        return new DiffStatistics(
            wordsInserted,
            wordsDeleted,
            changes.Count(c => c.Kind == ChangeKind.Inserted),
            changes.Count(c => c.Kind == ChangeKind.Deleted),
            changes.Count(c => c.Kind == ChangeKind.Modified));
    }

    private static bool CanPair(DocumentBlock old, DocumentBlock @new) =>
        old.Kind == @new.Kind && old.Cells.Count == @new.Cells.Count;

    /// <summary>Dice coefficient of the two blocks' token multisets: 1 = same words, 0 = nothing shared.</summary>
    internal static double Similarity(List<Token>[] a, List<Token>[] b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var token in a.SelectMany(c => c))
        {
            counts[token.Key] = counts.GetValueOrDefault(token.Key) + 1;
            total++;
        }

        var common = 0;
        foreach (var token in b.SelectMany(c => c))
        {
            total++;
            if (counts.TryGetValue(token.Key, out var n) && n > 0)
            {
                counts[token.Key] = n - 1;
                common++;
            }
        }

        return total == 0 ? 1 : 2.0 * common / total;
    }

    private static List<Token>[] TokenizeCells(DocumentBlock block) => block.Cells.Select(Tokenizer.Tokenize).ToArray();

    /// <summary>
    /// What must match for two blocks to be "the same block": kind, level and visible text. List markers
    /// are left out, so inserting an item does not renumber the rest into changes.
    /// </summary>
    private static string BlockKey(DocumentBlock block, List<Token>[] cells)
    {
        var key = new StringBuilder();
        key.Append((int)block.Kind).Append('\u0003').Append(block.Level);
        foreach (var cell in cells)
        {
            key.Append('\u0004');
            foreach (var token in cell)
            {
                if (block.Kind == BlockKind.Code) key.Append(token.Space);
                else if (token.Space.Length > 0) key.Append(' ');
                key.Append(token.Key);
            }
        }

        return key.ToString();
    }

    private static int Words(IEnumerable<Token> tokens) => tokens.Count(t => t.IsWord);
}
