using System.Text;
using System.Text.RegularExpressions;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// <c>legalgen import</c>: a policy's history in git — one file per language, edited in place — into LegalGen's
/// content layout, one file per version and language. The binding language's history gives the versions
/// (<see cref="BindingVersionPlanner"/>); each other language is filed under them with the version it translates
/// (<see cref="TranslationPlanner"/>). Everything is computed first; then all files are written, or none
/// (<see cref="ImportWriter"/>). Mistakes in how it was called are usage errors naming the input; an edited file in
/// the way and dates the texts state oddly are located diagnostics.
/// </summary>
public static class HistoryImporter
{
    public static ImportResult Import(ImportRequest request)
    {
        var diagnostics = new DiagnosticBag();
        try
        {
            return Run(request, diagnostics);
        }
        catch (GitFailure failure)
        {
            return Refused(GitProblem(failure, request));
        }
        catch (RegexMatchTimeoutException timeout)
        {
            return Refused(new UsageError($"the date pattern '{timeout.Pattern}' took too long on a text: simplify it (nested repetitions such as (a+)+ search without end)",
                UsageInput.DatePattern));
        }
    }

    private static ImportResult Run(ImportRequest request, DiagnosticBag diagnostics)
    {
        if (RequestProblem(request) is { } problem) return Refused(problem);
        if (PatternsOf(request, out var patterns) is { } patternProblem) return Refused(patternProblem);
        if (SettingsProblem(request, diagnostics, out var settings) is { } settingsProblem) return Refused(settingsProblem);
        if (settings is null) return new ImportResult(null, diagnostics.ToSortedList());
        if (LanguageProblem(request, settings, out var files) is { } languageProblem) return Refused(languageProblem);
        if (!Directory.Exists(request.Repository))
            return Refused(new UsageError($"the repository folder '{request.Repository}' does not exist", UsageInput.Repository));

        var git = GitRepository.Open(request.Repository);
        var tip = git.ResolveCommit(request.Revision ?? "HEAD");
        using var renderer = new MarkdownRenderer(rawHtml: settings.RawHtml);
        var histories = FileHistories.Read(git, tip, files, new EffectiveDateFinder(patterns), new VisibleText(renderer));
        foreach (var file in files.Where(f => histories[f.Language].Count == 0))
            return Refused(NeverInHistory(git, tip, file, request.Revision));

        var binding = files.First(f => f.Language == settings.DefaultLanguage);
        var skipped = new List<(FileState State, SkipReason Reason, string Language)>();
        var bindingSkipped = new List<(FileState State, SkipReason Reason)>();
        var versions = BindingVersionPlanner.Plan(histories[binding.Language], bindingSkipped, diagnostics);
        if (versions.Count == 0)
        {
            return Refused(new UsageError($"'{binding.Path}' has no readable text in the history (it is not UTF-8 text, or too large, at every commit)",
                UsageInput.ImportedFile));
        }

        skipped.AddRange(bindingSkipped.Select(s => (s.State, s.Reason, binding.Language)));
        var translations = new Dictionary<string, PlannedTranslation?[]>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f != binding))
        {
            var languageSkipped = new List<(FileState State, SkipReason Reason)>();
            translations[file.Language] = TranslationPlanner.Plan(versions, histories[file.Language], languageSkipped, diagnostics);
            skipped.AddRange(languageSkipped.Select(s => (s.State, s.Reason, file.Language)));
        }

        var planned = PlanFiles(request.Policy, settings, binding, versions, translations);
        var policyFolder = Path.Combine(request.ContentFolder, request.Policy);
        var record = ImportRecord.Read(policyFolder);
        if (record is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportedFileChanged, SourceLocation.StartOf($"{request.Policy}/{ImportRecord.FileName}"),
                "the record of what earlier imports wrote cannot be read",
                "restore it from version control; or delete it, and the import will leave alone every file that differs from the history");
            return new ImportResult(null, diagnostics.ToSortedList());
        }

        var outcomes = ImportWriter.Decide(policyFolder, request.Policy, planned.Select(p => p.File).ToList(), record, diagnostics);
        if (diagnostics.HasErrors) return new ImportResult(null, diagnostics.ToSortedList());
        var leftAlone = record.FileNames.Where(n => !outcomes.ContainsKey(n)).Select(n => $"{request.Policy}/{n}").ToList();
        if (!request.DryRun)
        {
            try
            {
                ImportWriter.Write(policyFolder, planned.Select(p => p.File).ToList(), outcomes, record);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Refused(new UsageError($"the policy folder '{policyFolder}' could not be written ({e.Message}); nothing was imported",
                    UsageInput.ContentFolder));
            }
        }

        var report = new ImportReport(request.Policy, settings.DefaultLanguage, tip[..7], request.Policy, request.DryRun,
            Reported(versions, planned, outcomes),
            skipped.OrderBy(s => s.State.Position).ThenBy(s => s.Language, StringComparer.Ordinal)
                .Select(s => new SkippedCommit(s.Language, s.State.Path, ReportedCommit.Of(s.State.Commit), s.Reason)).ToList(),
            histories.SelectMany(h => h.Value.Where(s => s.Deleted).Select(s => (h.Key, s)))
                .OrderBy(d => d.s.Position).Select(d => (d.Key, ReportedCommit.Of(d.s.Commit))).ToList(),
            leftAlone);
        return new ImportResult(report, diagnostics.ToSortedList());
    }

    /// <summary>Every file of every version, binding text first, then the languages in the order of site.yml.</summary>
    private static List<PlannedVersionFile> PlanFiles(
        string policy, SiteSettings settings, FileToImport binding, List<PlannedVersion> versions, Dictionary<string, PlannedTranslation?[]> translations)
    {
        var files = new List<PlannedVersionFile>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var (summary, changes) = NotesOf(version, i);
            var title = version.Text.Title ?? TitleFromPath(binding.Path);
            files.Add(Planned(policy, version, i, binding.Language, version.Text, title, summary, changes, null, null));
            foreach (var language in settings.Languages.Where(translations.ContainsKey))
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
        var fileName = $"{YamlText.Date(version.Date)}.{language}.md";
        var content = VersionFileText.Compose(title, summary, changes, version.Editorial, version.Published, translationOf, text.Body!);
        var file = new ImportWriter.PlannedFile(fileName, new UTF8Encoding(false).GetBytes(content), text.Commit.Id, text.Path);
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

    private static List<ReportedVersion> Reported(List<PlannedVersion> versions, List<PlannedVersionFile> files, Dictionary<string, FileOutcome> outcomes)
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

    private static UsageError? RequestProblem(ImportRequest request)
    {
        if (!PolicySlug.IsValid(request.Policy))
        {
            return new UsageError($"'{request.Policy}' cannot be a policy's name: it becomes part of every URL, so use lower-case letters, digits and single hyphens",
                UsageInput.Policy, PolicySlug.Suggest(request.Policy));
        }

        if (request.Files.Count == 0)
            return new UsageError("name the policy's file in each language to import, the binding language first", UsageInput.ImportedFile, "en=privacy.md");
        foreach (var file in request.Files)
        {
            if (!LanguageTag.IsValid(file.Language))
                return new UsageError($"'{file.Language}' is not a language tag", UsageInput.ImportedFile, $"en={file.Path}");
            var path = file.Path.Replace('\\', '/');
            if (path.Length == 0 || path.Contains('\n') || path.StartsWith('/') || Path.IsPathRooted(file.Path) || path.Split('/').Contains(".."))
            {
                return new UsageError($"'{file.Path}' is not a path inside the repository: give it relative to the repository's top folder",
                    UsageInput.ImportedFile, $"{file.Language}={Path.GetFileName(file.Path)}");
            }
        }

        var twice = request.Files.GroupBy(f => f.Language, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : new UsageError($"two files for the language '{twice.Key}': each language has one file", UsageInput.ImportedFile);
    }

    private static UsageError? PatternsOf(ImportRequest request, out List<Regex> patterns)
    {
        patterns = [];
        foreach (var written in request.DatePatterns ?? [])
        {
            Regex pattern;
            try
            {
                pattern = new Regex(written, RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, EffectiveDateFinder.PatternTimeout);
            }
            catch (ArgumentException e)
            {
                return new UsageError($"the date pattern '{written}' is not a regular expression: {e.Message}", UsageInput.DatePattern);
            }

            if (!EffectiveDateFinder.NamesTheDate(pattern))
            {
                return new UsageError($"the date pattern '{written}' does not say where the date is: name a group 'date' (YYYY-MM-DD) or groups 'year', 'month' and 'day'",
                    UsageInput.DatePattern, "'Valid from (?<day>\\d+) (?<month>\\w+) (?<year>\\d{4})'");
            }

            patterns.Add(pattern);
        }

        return null;
    }

    /// <summary>site.yml, which names the binding language: a missing one is a usage error that says how to make it; a wrong one, located errors.</summary>
    private static UsageError? SettingsProblem(ImportRequest request, DiagnosticBag diagnostics, out SiteSettings? settings)
    {
        settings = null;
        var languages = string.Join(", ", request.Files.Select(f => f.Language));
        var example = $"title: …, default_language: {request.Files[0].Language} (the binding language), languages: [{languages}]";
        if (!Directory.Exists(request.ContentFolder))
        {
            return new UsageError($"the content folder '{request.ContentFolder}' does not exist; create it with a site.yml that names the binding language ({example})",
                UsageInput.ContentFolder);
        }

        if (!File.Exists(Path.Combine(request.ContentFolder, SiteFileReader.FileName)))
        {
            return new UsageError($"the content folder '{request.ContentFolder}' has no site.yml, which names the binding language; create it with: {example}",
                UsageInput.ContentFolder);
        }

        settings = SettingsFile.Load(request.ContentFolder, diagnostics);
        return null;
    }

    private static UsageError? LanguageProblem(ImportRequest request, SiteSettings settings, out List<FileToImport> files)
    {
        files = [];
        foreach (var file in request.Files)
        {
            var language = settings.Languages.FirstOrDefault(l => l.Equals(file.Language, StringComparison.OrdinalIgnoreCase));
            if (language is null)
            {
                return new UsageError($"the language '{file.Language}' is not one of the site's ({string.Join(", ", settings.Languages)}): add it to 'languages' in site.yml, or leave the file out",
                    UsageInput.ImportedFile);
            }

            var path = file.Path.Replace('\\', '/');
            while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
            files.Add(new FileToImport(language, path));
        }

        if (!files.Any(f => f.Language == settings.DefaultLanguage))
        {
            return new UsageError($"no file is given for the binding language '{settings.DefaultLanguage}' (site.yml's default_language), whose history makes the versions",
                UsageInput.ImportedFile, $"{settings.DefaultLanguage}=<its path in the repository>");
        }

        return null;
    }

    private static UsageError NeverInHistory(GitRepository git, string tip, FileToImport file, string? revision)
    {
        var name = Path.GetFileName(file.Path);
        var known = git.FilesAt(tip);
        var folder = Path.GetDirectoryName(file.Path) ?? "";
        var similar = known.Where(p => Path.GetFileName(p) == name).Take(5).ToList();
        if (similar.Count == 0 && Suggestions.Closest(file.Path, known) is { } close) similar.Add(close);
        if (similar.Count == 0)
        {
            similar.AddRange(known.Where(p => (Path.GetDirectoryName(p) ?? "") == folder && Path.GetExtension(p) == Path.GetExtension(file.Path))
                .OrderBy(p => Suggestions.Distance(p, file.Path)).ThenBy(p => p, StringComparer.Ordinal).Take(3));
        }
        var where = revision is null ? "the repository's history" : $"the history of '{revision}'";
        var hint = similar.Count == 0 ? "" : $"; did you mean {string.Join(" or ", similar.Select(s => $"'{s}'"))}?";
        return new UsageError($"'{file.Path}' ({file.Language}) is in no commit of {where}{hint}", UsageInput.ImportedFile);
    }

    private static UsageError GitProblem(GitFailure failure, ImportRequest request) => failure.Kind switch
    {
        GitFailureKind.NotInstalled => new UsageError(
            "the import reads history with the git command, which is not installed or not on the PATH: install git "
            + "(https://git-scm.com/downloads; 'sudo apt install git' on Debian or Ubuntu; on macOS, Apple's command line tools) and try again", []),
        GitFailureKind.NotARepository => new UsageError($"'{request.Repository}' is not a git repository ({failure.Detail})", UsageInput.Repository),
        GitFailureKind.NotTopFolder => new UsageError(
            $"'{request.Repository}' is a folder inside a git repository; give the repository's top folder, and the files' paths from there",
            UsageInput.Repository, failure.Detail.Length > 0 ? failure.Detail : null),
        GitFailureKind.UnknownRevision => new UsageError($"'{failure.Detail}' names no commit of the repository", UsageInput.Revision, "main"),
        GitFailureKind.NoCommits => new UsageError($"the repository '{request.Repository}' has no commits yet", UsageInput.Repository),
        _ => new UsageError($"git could not read the repository '{request.Repository}': {failure.Detail}", UsageInput.Repository),
    };

    private static string TitleFromPath(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).Replace('_', ' ').Replace('-', ' ').Trim();
        return name.Length == 0 ? "Policy" : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static ImportResult Refused(UsageError error) => new(null, [], error);

    private sealed record PlannedVersionFile(
        ImportWriter.PlannedFile File, int Version, string Language, FileState Text, DateOnly? TranslationOf, PlannedTranslation? Translation, string ContentPath);
}
