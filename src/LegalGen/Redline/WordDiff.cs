using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>Compares two blocks' tokens and returns the kept, deleted and inserted stretches.</summary>
internal static class WordDiff
{
    public static IReadOnlyList<RedlineSegment> Compare(Token[] oldTokens, Token[] newTokens)
    {
        var segments = new List<RedlineSegment>();
        var oldIndex = 0;
        var edits = EditScript.Compute(Keys(oldTokens), Keys(newTokens));
        foreach (var edit in edits)
        {
            // Unchanged tokens are shown as the new version has them (its spacing and formatting).
            var newStartOfEqual = edit.NewStart - (edit.OldStart - oldIndex);
            Add(segments, SegmentKind.Unchanged, newTokens.AsSpan(newStartOfEqual, edit.OldStart - oldIndex));
            Add(segments, SegmentKind.Deleted, oldTokens.AsSpan(edit.OldStart, edit.OldCount));
            Add(segments, SegmentKind.Inserted, newTokens.AsSpan(edit.NewStart, edit.NewCount));
            oldIndex = edit.OldStart + edit.OldCount;
        }

        var offset = newTokens.Length - oldTokens.Length;
        Add(segments, SegmentKind.Unchanged, newTokens.AsSpan(oldIndex + offset, oldTokens.Length - oldIndex));
        return AbsorbLoneMarks(segments);
    }

    private static string[] Keys(Token[] tokens)
    {
        var keys = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) keys[i] = tokens[i].Key;
        return keys;
    }

    private static void Add(List<RedlineSegment> segments, SegmentKind kind, ReadOnlySpan<Token> tokens)
    {
        if (tokens.Length == 0) return;
        if (segments.Count > 0 && segments[^1].Kind == kind)
            segments[^1] = new RedlineSegment(kind, [.. segments[^1].Tokens, .. tokens]);
        else
            segments.Add(new RedlineSegment(kind, tokens.ToArray()));
    }

    /// <summary>
    /// A single kept punctuation mark between two changes ("a, b" → "c, d") is folded into them: the
    /// reader sees one deleted and one inserted phrase instead of a confetti of marks around a comma.
    /// </summary>
    private static List<RedlineSegment> AbsorbLoneMarks(List<RedlineSegment> segments)
    {
        for (var i = 1; i + 1 < segments.Count; i++)
        {
            var kept = segments[i];
            if (kept.Kind != SegmentKind.Unchanged || kept.Tokens.Count != 1 || kept.Tokens[0].IsWord) continue;
            if (segments[i - 1].Kind == SegmentKind.Unchanged || segments[i + 1].Kind == SegmentKind.Unchanged) continue;

            var before = Collect(segments, i - 1, step: -1);
            var after = Collect(segments, i + 1, step: 1);
            var deleted = before.Deleted.Concat(kept.Tokens).Concat(after.Deleted).ToList();
            var inserted = before.Inserted.Concat(kept.Tokens).Concat(after.Inserted).ToList();
            var first = before.First;
            segments.RemoveRange(first, after.Last - first + 1);
            segments.Insert(first, new RedlineSegment(SegmentKind.Inserted, inserted));
            segments.Insert(first, new RedlineSegment(SegmentKind.Deleted, deleted));
            i = first;
        }

        return segments;
    }

    private static (List<Token> Deleted, List<Token> Inserted, int First, int Last) Collect(List<RedlineSegment> segments, int from, int step)
    {
        var deleted = new List<Token>();
        var inserted = new List<Token>();
        var i = from;
        var edge = from;
        while (i >= 0 && i < segments.Count && segments[i].Kind != SegmentKind.Unchanged)
        {
            var target = segments[i].Kind == SegmentKind.Deleted ? deleted : inserted;
            if (step < 0) target.InsertRange(0, segments[i].Tokens);
            else target.AddRange(segments[i].Tokens);
            edge = i;
            i += step;
        }

        return step < 0 ? (deleted, inserted, edge, from) : (deleted, inserted, from, edge);
    }
}
