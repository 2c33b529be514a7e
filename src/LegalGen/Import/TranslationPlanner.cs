using LegalGen.Diagnostics;

namespace LegalGen.Import;

/// <summary>
/// Files a language's history under the binding versions. A binding version's time runs from its first commit to the
/// next version's first commit; the translation filed under it is the language's file as it stood at the end of that
/// time, and none where the file did not exist then. The binding version it translates is the one whose effective
/// date it states (the newest such, up to this version, committed before the translation last changed); when it
/// states none of theirs, the newest binding version committed before the translation last changed in a way a reader
/// sees — a re-saved file (line endings, spacing) translates nothing new.
/// </summary>
internal static class TranslationPlanner
{
    public static PlannedTranslation?[] Plan(
        IReadOnlyList<PlannedVersion> versions, IReadOnlyList<FileState> states, List<(FileState State, SkipReason Reason)> skipped, DiagnosticBag diagnostics)
    {
        var changes = BindingVersionPlanner.VisibleChanges(states, skipped);
        var planned = new PlannedTranslation?[versions.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            var start = i == 0 ? int.MinValue : versions[i].FirstPosition;
            var end = i + 1 < versions.Count ? versions[i + 1].FirstPosition : int.MaxValue;
            var lastChange = changes.LastOrDefault(s => s.Position < end);
            if (lastChange is null || lastChange.Deleted) continue;

            // The text as it stood, re-saves included: the file written is the file as it was.
            var text = states.Last(s => s.Position < end && s.Unreadable is null);
            var (of, origin, unmatched) = TranslationOf(versions, i, lastChange);
            var commits = changes.Where(s => !s.Deleted && s.Position >= start && s.Position < end).ToList();
            if (commits.Count > 0) StatementDiagnostics.Report(lastChange, diagnostics);
            planned[i] = new PlannedTranslation(text, lastChange, of, origin, unmatched, commits);
        }

        return planned;
    }

    private static (int Index, TranslationOrigin Origin, DateStatement? Unmatched) TranslationOf(IReadOnlyList<PlannedVersion> versions, int upTo, FileState lastChange)
    {
        var newestBefore = Math.Max(0, LastIndex(versions, upTo, v => v.FirstPosition <= lastChange.Position));
        if (lastChange.Stated is not { } stated) return (newestBefore, TranslationOrigin.CommitOrder, null);

        var stating = LastIndex(versions, upTo, v => v.StatedDate == stated.Date && v.FirstPosition <= lastChange.Position);
        if (stating < 0) stating = FirstIndex(versions, upTo, v => v.StatedDate == stated.Date);
        return stating >= 0 ? (stating, TranslationOrigin.StatedDate, null) : (newestBefore, TranslationOrigin.CommitOrder, stated.Statement);
    }

    private static int LastIndex(IReadOnlyList<PlannedVersion> versions, int upTo, Func<PlannedVersion, bool> matches)
    {
        for (var i = upTo; i >= 0; i--)
        {
            if (matches(versions[i])) return i;
        }

        return -1;
    }

    private static int FirstIndex(IReadOnlyList<PlannedVersion> versions, int upTo, Func<PlannedVersion, bool> matches)
    {
        for (var i = 0; i <= upTo; i++)
        {
            if (matches(versions[i])) return i;
        }

        return -1;
    }
}
