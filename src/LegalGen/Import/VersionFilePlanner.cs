using System.Text;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// The files of the planned versions — the binding text and each translation filed under each version — with the
/// front matter the history gives them, and the versions as the report tells them.
/// </summary>
internal static class VersionFilePlanner
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file of every version, binding text first, then the languages in the order of site.yml.</summary>
    public static List<PlannedVersionFile> Plan(
        string policy, IReadOnlyList<string> languages, FileToImport binding, List<PlannedVersion> versions, Dictionary<string, PlannedTranslation?[]> translations)
    {
        var files = new List<PlannedVersionFile>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var (summary, changes) = NotesOf(version, i);
            var title = version.Text.Title ?? TitleFromPath(binding.Path);
            files.Add(Planned(policy, version, i, binding.Language, version.Written, title, summary, changes, null, null));
            foreach (var language in languages.Where(translations.ContainsKey))
            {
                if (translations[language][i] is not { } translation) continue;
                files.Add(Planned(policy, version, i, language, translation.Text, translation.Text.Title ?? title, summary, changes,
                    versions[translation.TranslationOf].Date, translation));
            }
        }

        return files;
    }

    private static PlannedVersionFile Planned(string policy, PlannedVersion version, int index, string language, FileState text, string title,
        string? summary, IReadOnlyList<string> changes, DateOnly? translationOf, PlannedTranslation? translation)
    {
        var fileName = $"{DateKey.Of(version.Date)}.{language}.md";
        var content = VersionFileText.Compose(title, summary, changes, version.Editorial, version.Published, translationOf, text.Body!);
        var file = new ImportWriter.PlannedFile(fileName, Utf8.GetBytes(content), text.Commit.Id, text.Path);
        return new PlannedVersionFile(file, index, language, text, translationOf, translation, $"{policy}/{fileName}");
    }

    /// <summary>
    /// The change log's words for a version: its first commit's summary (the first version needs none), and the other
    /// commits folded into it as its changes.
    /// </summary>
    private static (string? Summary, List<string> Changes) NotesOf(PlannedVersion version, int index)
    {
        if (index == 0) return (null, []);
        var summary = CommitSummary.Of(version.Commits[0].Commit);
        var changes = version.Commits.Skip(1).Select(c => CommitSummary.Of(c.Commit))
            .Where(c => c.Length > 0 && c != summary).Distinct(StringComparer.Ordinal).ToList();
        return (summary, changes);
    }

    public static List<ReportedVersion> Reported(List<PlannedVersion> versions, List<PlannedVersionFile> files, Dictionary<string, FileOutcome> outcomes)
    {
        var reported = new List<ReportedVersion>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var dated = version.Origin == DateOrigin.StatedInText ? version.Text : null;
            var versionFiles = files.Where(f => f.Version == i).ToList();
            var (summary, changes) = NotesOf(version, i);
            reported.Add(new ReportedVersion(
                version.Date,
                version.Origin,
                dated?.Stated?.Statement,
                dated?.Label,
                version.CorrectionOf,
                version.RescheduledFrom,
                version.Editorial,
                version.Published,
                summary,
                changes,
                version.Commits.Select(c => ReportedCommit.Of(c.Commit)).ToList(),
                versionFiles.Select(f => new ReportedFile(
                    f.Language,
                    f.ContentPath,
                    outcomes[f.File.FileName],
                    ReportedCommit.Of(f.Text.Commit),
                    f.Text.Path,
                    f.Translation is null ? null : ReportedCommit.Of(f.Translation.LastChange.Commit),
                    f.TranslationOf,
                    f.Translation?.Origin,
                    f.Translation?.UnmatchedStatement,
                    f.Translation?.Commits.Select(c => ReportedCommit.Of(c.Commit)).ToList())).ToList()));
        }

        return reported;
    }

    private static string TitleFromPath(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Replace('-', ' ').Trim();
        return name.Length == 0 ? "Policy" : char.ToUpperInvariant(name[0]) + name[1..];
    }
}
