using System.Globalization;
using LegalGen.Import;
using LegalGen.Model;

namespace LegalGen.Cli.Printing;

/// <summary>
/// The report of <c>legalgen import</c>, for the editor who checks it against the history before committing: each
/// version with where its date comes from, the commits folded into it and each file with what was done to it (a
/// translation with the version it translates and how that is known), then the commits skipped and why.
/// <code>
/// 2026-05-04  stated in the text: "Effective May 4, 2026" (en/privacy.md@4b0ac97, line 3); announced 2026-04-28
///     from 4b0ac97 2026-04-28 Update Firefox PN (May 2026)
///     en  content/privacy/2026-05-04.en.md  written
///     de  content/privacy/2026-05-04.de.md  written  translates 2026-05-04 (it states that date); from 26970b2
/// </code>
/// </summary>
internal static class ImportReportPrinter
{
    public static void Print(ImportReport report, string content, StyledWriter writer)
    {
        var languages = report.Versions.SelectMany(v => v.Files).Select(f => f.Language).Distinct().Count();
        writer.WriteLine($"History of '{report.Policy}' up to {report.Commit}: {Words.Count(report.Versions.Count, "version", "versions")} "
            + $"in {Words.Count(languages, "language", "languages")}, binding text in '{report.BindingLanguage}'.");
        writer.WriteLine();
        foreach (var version in report.Versions) PrintVersion(version, content, writer);
        PrintSkipped(report, writer);
        PrintSummary(report, content, writer);
    }

    private static void PrintVersion(ReportedVersion version, string content, StyledWriter writer)
    {
        writer.Write(DateKey.Of(version.Date), Palette.Location).Write("  ").Write(Origin(version));
        if (version.RescheduledFrom is { } from) writer.Write($"; first announced for {DateKey.Of(from)}");
        if (version.Published is { } announced) writer.Write($"; announced {DateKey.Of(announced)}");
        writer.WriteLine();
        foreach (var commit in version.Commits) writer.WriteLine($"    {Commit(commit)}", Palette.Dim);
        foreach (var file in version.Files)
        {
            writer.Write($"    {file.Language,-6}{Shown(content, file.Path)}  ").Write(Outcome(file.Outcome), OutcomeStyle(file.Outcome));
            if (file.TranslationOf is { } of)
            {
                writer.Write("  translates ").Write(DateKey.Of(of), of < version.Date ? Palette.Warning : null)
                    .Write(of < version.Date ? " (an earlier version)" : "")
                    .Write(file.Origin == TranslationOrigin.StatedDate ? ", the date it states" : ", by the order of commits");
                if (file.UnmatchedStatement is { } unmatched) writer.Write($" (it states '{unmatched.Text}', no binding version's date)", Palette.Warning);
                var at = file.TranslatedAt ?? file.Source;
                writer.Write(file.Commits is { Count: > 0 } ? $"; from {at.ShortId}" : $"; unchanged since {at.ShortId} ({DateKey.Of(at.Day)})");
            }

            writer.WriteLine();
        }

        writer.WriteLine();
    }

    private static string Origin(ReportedVersion version) => version.Origin switch
    {
        DateOrigin.StatedInText => (version.Statement!.Kind == StatementKind.Attribute ? "stated in an attribute of the text: " : "stated in the text: ")
            + $"\"{version.Statement.Text}\" ({version.StatedIn}, line {version.Statement.Line})",
        DateOrigin.Correction => $"correction of {DateKey.Of(version.CorrectionOf!.Value)} (editorial): same effective date in the text, dated by its commit",
        DateOrigin.StatedDateNotAfterPrevious => "the date the text states is not after the version before: dated by its commit",
        _ => "no effective date in the text: dated by its commit",
    };

    private static void PrintSkipped(ImportReport report, StyledWriter writer)
    {
        if (report.Skipped.Count > 0)
        {
            writer.WriteLine($"Skipped {Words.Count(report.Skipped.Count, "commit", "commits")} that changed nothing a reader sees:");
            foreach (var skipped in report.Skipped)
                writer.Write($"    {skipped.Language,-6}{Commit(skipped.Commit)}").WriteLine($"  ({Reason(skipped.Reason)})", Palette.Dim);
            writer.WriteLine();
        }

        if (report.Deletions.Count > 0)
        {
            writer.WriteLine("Deleted (no text filed after these, until the file is added again):");
            foreach (var (language, commit) in report.Deletions) writer.WriteLine($"    {language,-6}{Commit(commit)}");
            writer.WriteLine();
        }

        if (report.LeftAlone.Count > 0)
        {
            writer.WriteLine("Written by an earlier import but not given by this history, so left as they are:", Palette.Warning);
            foreach (var path in report.LeftAlone) writer.WriteLine($"    {path}");
            writer.WriteLine();
        }
    }

    private static void PrintSummary(ImportReport report, string content, StyledWriter writer)
    {
        var files = report.Versions.SelectMany(v => v.Files).ToList();
        var counts = string.Join(", ", Enum.GetValues<FileOutcome>()
            .Select(o => (Outcome: o, Count: files.Count(f => f.Outcome == o)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {Outcome(c.Outcome)}"));
        var folder = Shown(content, report.PolicyFolder);
        if (report.DryRun)
        {
            writer.WriteLine($"Dry run: {Words.Count(files.Count, "file", "files")} for {folder} ({counts}); nothing was written.", Palette.Warning);
            return;
        }

        writer.Write(report.FilesChanged > 0 ? "Imported " : "Nothing new to import: ", Palette.Success)
            .WriteLine($"{Words.Count(files.Count, "file", "files")} in {folder} ({counts}).");
        if (report.FilesChanged > 0)
            writer.WriteLine("Next: read each 'summary:' (a commit's subject) and make it say what changed for a reader, then 'legalgen build'.");
    }

    private static string Reason(SkipReason reason) => reason switch
    {
        SkipReason.Moved => "only renamed or moved",
        SkipReason.LineEndingsOrTrailingSpaces => "only line endings, a byte-order mark or spaces at line ends",
        SkipReason.RendersTheSame => "the page reads the same: spacing, markup or ids that render alike",
        SkipReason.UndoneTheSameDay => "undone the same day",
        SkipReason.NotText => "not UTF-8 text",
        _ => "larger than LegalGen reads",
    };

    private static string Outcome(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Written => "written",
        FileOutcome.Updated => "updated",
        FileOutcome.Unchanged => "unchanged",
        _ => "kept as edited",
    };

    private static Palette? OutcomeStyle(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Written or FileOutcome.Updated => Palette.Success,
        FileOutcome.KeptEdited => Palette.Warning,
        _ => Palette.Dim,
    };

    private static string Commit(ReportedCommit commit) => $"{commit.ShortId} {DateKey.Of(commit.Day)} {commit.Summary}";

    private static string Shown(string content, string relative) => Path.Join(content.TrimEnd('/', '\\'), relative).Replace('\\', '/');
}
