using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// Turns the history of the binding text into versions, one per effective date:
/// <list type="number">
/// <item>a commit that changes nothing a reader sees is skipped (<see cref="SkipReason"/>);</item>
/// <item>several commits on one day count as the day's last text;</item>
/// <item>a text that states a new effective date starts a version on that date — announced on the day of its first
/// commit when that is earlier — even when the date is before the commit (it took effect before it was committed);</item>
/// <item>a change made before the version takes effect (or on that day) revises it; if it moves the stated date, the
/// version is moved with it;</item>
/// <item>a change made after it took effect, stating the same date, is a correction (<c>editorial: true</c>) dated
/// by the day of its commit; a text that states no date is dated by its commits alike, but is not a correction;</item>
/// <item>a stated date not after the version before it cannot be taken (LG073): the commit's day is.</item>
/// </list>
/// Dates only ever grow, so no two versions share one.
/// </summary>
internal static class BindingVersionPlanner
{
    public static List<PlannedVersion> Plan(IReadOnlyList<FileState> states, List<(FileState State, SkipReason Reason)> skipped, DiagnosticBag diagnostics)
    {
        var versions = new List<PlannedVersion>();
        foreach (var day in DaysOf(VisibleChanges(states, skipped)))
        {
            var text = day[^1];
            var current = versions.Count > 0 ? versions[^1] : null;
            if (current is not null && text.Visible == current.Text.Visible)
            {
                skipped.AddRange(day.Select(s => (s, day.Count > 1 ? SkipReason.UndoneTheSameDay : SkipReason.RendersTheSame)));
                continue;
            }

            StatementDiagnostics.Report(text, diagnostics);
            var committed = text.Commit.Day;
            var stated = text.Stated?.Date;
            if (current is null)
            {
                versions.Add(Started(day, stated ?? committed, stated is null ? DateOrigin.CommitDate : DateOrigin.StatedInText));
            }
            else if (stated is null || stated == current.StatedDate)
            {
                if (committed <= current.Date) current.Commits.AddRange(day);
                else versions.Add(Started(day, committed, stated is null ? DateOrigin.CommitDate : DateOrigin.Correction, current.Date));
            }
            else if (committed < current.Date)
            {
                Reschedule(current, versions.Count > 1 ? versions[^2].Date : null, text, diagnostics);
                current.Commits.AddRange(day);
            }
            else if (stated > current.Date)
            {
                versions.Add(Started(day, stated.Value, DateOrigin.StatedInText));
            }
            else
            {
                NotAfterPrevious(text, current.Date, diagnostics);
                if (committed > current.Date) versions.Add(Started(day, committed, DateOrigin.StatedDateNotAfterPrevious));
                else current.Commits.AddRange(day);
            }
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var (version, end) = (versions[i], i + 1 < versions.Count ? versions[i + 1].FirstPosition : int.MaxValue);
            version.AsItStood = states.LastOrDefault(s => s.Position >= version.Text.Position && s.Position < end && !s.Deleted && s.Unreadable is null
                && s.Visible == version.Text.Visible);
        }

        return versions;
    }

    /// <summary>The commits that change what a reader sees, each against the one before; the others join <paramref name="skipped"/>.</summary>
    public static List<FileState> VisibleChanges(IReadOnlyList<FileState> states, List<(FileState State, SkipReason Reason)> skipped)
    {
        var kept = new List<FileState>();
        FileState? previous = null;
        foreach (var state in states)
        {
            if (state.Unreadable is { } reason)
            {
                skipped.Add((state, reason));
                continue;
            }

            if (state.Deleted)
            {
                kept.Add(state);
                previous = null;
                continue;
            }

            if (previous is not null && previous.Visible == state.Visible)
            {
                skipped.Add((state, previous.Normalized != state.Normalized ? SkipReason.RendersTheSame
                    : previous.Path != state.Path ? SkipReason.Moved
                    : SkipReason.LineEndingsOrTrailingSpaces));
                continue;
            }

            kept.Add(state);
            previous = state;
        }

        return kept;
    }

    /// <summary>Consecutive commits of one day, deletions left out (the binding text's history goes on when it is added again).</summary>
    private static IEnumerable<List<FileState>> DaysOf(List<FileState> changes)
    {
        List<FileState>? day = null;
        foreach (var state in changes.Where(s => !s.Deleted))
        {
            if (day is not null && day[0].Commit.Day != state.Commit.Day)
            {
                yield return day;
                day = null;
            }

            (day ??= []).Add(state);
        }

        if (day is not null) yield return day;
    }

    private static PlannedVersion Started(List<FileState> day, DateOnly date, DateOrigin origin, DateOnly? correctionOf = null)
    {
        var version = new PlannedVersion(date, origin, day[0]) { CorrectionOf = origin == DateOrigin.Correction ? correctionOf : null };
        version.Commits.AddRange(day.Skip(1));
        version.StatedDate = day[^1].Stated?.Date;
        return version;
    }

    /// <summary>A version not yet in force whose text now states another date: it takes effect on that date instead, if that can follow the version before.</summary>
    private static void Reschedule(PlannedVersion current, DateOnly? before, FileState text, DiagnosticBag diagnostics)
    {
        var stated = text.Stated!.Date;
        if (before is { } previous && stated <= previous)
        {
            NotAfterPrevious(text, previous, diagnostics);
            return;
        }

        current.RescheduledFrom ??= current.Date;
        current.Date = stated;
        current.StatedDate = stated;
    }

    private static void NotAfterPrevious(FileState text, DateOnly previous, DiagnosticBag diagnostics)
    {
        var statement = text.Stated!.Statement;
        diagnostics.Warning(DiagnosticCodes.StatedDateNotAfterPrevious, new SourceLocation(text.Label, statement.Line, statement.Column),
            $"the text committed on {DateKey.Of(text.Commit.Day)} states that it takes effect on {DateKey.Of(text.Stated.Date)} ('{statement.Text}'), "
            + $"which is not after the version before it, of {DateKey.Of(previous)}; the version is dated by its commit instead",
            "if the stated date is a slip, correct it in the imported file and rename the file to that date; if the text is right, nothing needs doing");
    }
}
