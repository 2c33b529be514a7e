using DiffPlex;
using DiffPlex.Model;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>A stretch where the old sequence's items [OldStart, OldStart+OldCount) became the new one's [NewStart, NewStart+NewCount).</summary>
internal readonly record struct Edit(int OldStart, int OldCount, int NewStart, int NewCount);

/// <summary>
/// The shortest edit script between two sequences of keys, computed by DiffPlex (Myers' algorithm).
/// This is the only place that knows DiffPlex.
/// </summary>
internal static class EditScript
{
    /// <summary>
    /// Myers' algorithm takes time proportional to the length times the number of differences. Past this
    /// many items left to compare (after the common prefix and suffix), the middle is reported as replaced
    /// whole instead, so no pair of texts can stall a build. Real policy changes stay far below it.
    /// </summary>
    public const int MaxComparedItems = 16_000;

    /// <summary>The changed stretches, in order; everything between them is equal.</summary>
    public static List<Edit> Compute(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys)
    {
        // Common prefix and suffix cost nothing to find and are the bulk of a typical policy change.
        var prefix = 0;
        var max = Math.Min(oldKeys.Count, newKeys.Count);
        while (prefix < max && oldKeys[prefix] == newKeys[prefix]) prefix++;
        var suffix = 0;
        while (suffix < max - prefix && oldKeys[oldKeys.Count - 1 - suffix] == newKeys[newKeys.Count - 1 - suffix]) suffix++;

        var oldCount = oldKeys.Count - prefix - suffix;
        var newCount = newKeys.Count - prefix - suffix;
        if (oldCount == 0 && newCount == 0) return [];
        if (oldCount == 0 || newCount == 0 || oldCount + newCount > MaxComparedItems) return [new Edit(prefix, oldCount, prefix, newCount)];

        // Items found on one side only can never be equal: leave them out of the search (as GNU diff
        // discards "confusing lines"), so texts that share little cost little instead of Myers' worst case.
        var oldShared = Shared(oldKeys, prefix, oldCount, newKeys, prefix, newCount);
        var newShared = Shared(newKeys, prefix, newCount, oldKeys, prefix, oldCount);
        var matches = new List<(int Old, int New)>();
        if (oldShared.Count > 0 && newShared.Count > 0)
        {
            // DiffPlex diffs texts cut into pieces by a chunker; ours hands it the key arrays directly.
            var chunker = new KeyChunker(oldShared.Select(i => oldKeys[i]).ToArray(), newShared.Select(i => newKeys[i]).ToArray());
            var result = Differ.Instance.CreateDiffs(KeyChunker.Old, KeyChunker.New, ignoreWhiteSpace: false, ignoreCase: false, chunker);
            int a = 0, b = 0;
            foreach (var block in result.DiffBlocks.Append(new DiffBlock(oldShared.Count, 0, newShared.Count, 0)))
            {
                for (; a < block.DeleteStartA; a++, b++) matches.Add((oldShared[a], newShared[b]));
                a = block.DeleteStartA + block.DeleteCountA;
                b = block.InsertStartB + block.InsertCountB;
            }
        }

        // Everything between two matched items is one changed stretch.
        var edits = new List<Edit>();
        int lastOld = prefix - 1, lastNew = prefix - 1;
        foreach (var (o, n) in matches.Append((prefix + oldCount, prefix + newCount)))
        {
            if (o - lastOld > 1 || n - lastNew > 1) edits.Add(new Edit(lastOld + 1, o - lastOld - 1, lastNew + 1, n - lastNew - 1));
            lastOld = o;
            lastNew = n;
        }

        return edits;
    }

    /// <summary>The positions in keys[start..start+count) whose key also occurs in other[otherStart..otherStart+otherCount).</summary>
    private static List<int> Shared(IReadOnlyList<string> keys, int start, int count, IReadOnlyList<string> other, int otherStart, int otherCount)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < otherCount; i++) present.Add(other[otherStart + i]);
        var shared = new List<int>();
        for (var i = 0; i < count; i++)
            if (present.Contains(keys[start + i])) shared.Add(start + i);
        return shared;
    }

    /// <summary>Answers DiffPlex's request for the pieces of the "old" and "new" texts with the prepared keys.</summary>
    private sealed class KeyChunker(string[] oldKeys, string[] newKeys) : IChunker
    {
        public const string Old = "\u0000old";
        public const string New = "\u0000new";

        public IReadOnlyList<string> Chunk(string text) => ReferenceEquals(text, Old) ? oldKeys : ReferenceEquals(text, New) ? newKeys
            : throw new InvalidOperationException("DiffPlex asked for pieces of a text it was not given.");
    }
}
