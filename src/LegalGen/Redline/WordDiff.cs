using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// Compares two blocks' tokens and returns the kept, deleted and inserted stretches; kept words whose formatting or
/// link target changed are set apart as reformatted (<see cref="TokenFormatting"/>).
/// </summary>
internal static class WordDiff
{
    /// <param name="verbatim">True for code, where every space shows; elsewhere a space is there or not.</param>
    public static IReadOnlyList<RedlineSegment> Compare(Token[] oldTokens, Token[] newTokens, bool verbatim = false)
    {
        var segments = new List<RedlineSegment>();
        var oldIndex = 0;
        var edits = EditScript.Compute(Keys(oldTokens), Keys(newTokens));
        foreach (var edit in edits)
        {
            // Unchanged tokens are shown as the new version has them (its spacing and formatting).
            var kept = edit.OldStart - oldIndex;
            AddKept(segments, oldTokens.AsSpan(oldIndex, kept), newTokens.AsSpan(edit.NewStart - kept, kept));
            Add(segments, SegmentKind.Deleted, oldTokens.AsSpan(edit.OldStart, edit.OldCount));
            Add(segments, SegmentKind.Inserted, newTokens.AsSpan(edit.NewStart, edit.NewCount));
            oldIndex = edit.OldStart + edit.OldCount;
        }

        var offset = newTokens.Length - oldTokens.Length;
        AddKept(segments, oldTokens.AsSpan(oldIndex), newTokens.AsSpan(oldIndex + offset, oldTokens.Length - oldIndex));
        return SplitReformatted(AbsorbLoneMarks(segments), verbatim);
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

    /// <summary>Kept words, with the older version's tokens beside them, so their formatting can be compared.</summary>
    private static void AddKept(List<RedlineSegment> segments, ReadOnlySpan<Token> old, ReadOnlySpan<Token> @new)
    {
        if (@new.Length > 0) segments.Add(new RedlineSegment(SegmentKind.Unchanged, @new.ToArray()) { OldTokens = old.ToArray() });
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
            var deleted = before.Deleted.Concat(kept.OldTokens ?? kept.Tokens).Concat(after.Deleted).ToList();
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

    /// <summary>
    /// Cuts each kept stretch where the formatting of its words changed: runs of words whose formatting is the same in
    /// both versions stay unchanged, and each run of words that changed alike becomes one reformatted segment. The space
    /// before a stretch that follows a change is that change's, not the stretch's, and is not compared.
    /// </summary>
    private static List<RedlineSegment> SplitReformatted(List<RedlineSegment> segments, bool verbatim)
    {
        List<RedlineSegment>? split = null;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (segment.Kind != SegmentKind.Unchanged || segment.OldTokens is not { } old || TokenFormatting.Same(old, segment.Tokens, s == 0, verbatim))
            {
                split?.Add(segment);
                continue;
            }

            split ??= segments.Take(s).ToList();
            var @new = segment.Tokens;
            var start = 0;
            var changes = TokenFormatting.Between(old[0], @new[0], s == 0, verbatim);
            for (var i = 1; i <= @new.Count; i++)
            {
                var next = i < @new.Count ? TokenFormatting.Between(old[i], @new[i], compareSpace: true, verbatim) : null;
                if (next is not null && next.SequenceEqual(changes)) continue;
                split.Add(new RedlineSegment(changes.Count == 0 ? SegmentKind.Unchanged : SegmentKind.Reformatted, Slice(@new, start, i))
                {
                    OldTokens = Slice(old, start, i),
                    Formatting = changes,
                });
                start = i;
                if (next is not null) changes = next;
            }
        }

        return split ?? segments;
    }

    private static Token[] Slice(IReadOnlyList<Token> tokens, int start, int end)
    {
        var slice = new Token[end - start];
        for (var i = start; i < end; i++) slice[i - start] = tokens[i];
        return slice;
    }
}
