using System.Text.RegularExpressions;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// The mistakes an import can be called with, each a usage error that says what is wrong and which input to change
/// (<see cref="UsageInput"/>): a policy name that is no slug, a file given without its language or outside the
/// repository, a date pattern that is none, a content folder without site.yml (with what to write in it), a language
/// the site does not have, no file for the binding language, a path never in the history (with the paths that were),
/// and what git could not do.
/// </summary>
internal static class ImportChecks
{
    public static UsageError? RequestProblem(ImportRequest request)
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

    public static UsageError? PatternsOf(ImportRequest request, out List<Regex> patterns)
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
    public static UsageError? SettingsProblem(ImportRequest request, DiagnosticBag diagnostics, out SiteSettings? settings)
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

    public static UsageError? LanguageProblem(ImportRequest request, SiteSettings settings, out List<FileToImport> files)
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

    public static UsageError NeverInHistory(GitRepository git, string tip, FileToImport file, string? revision)
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

    public static UsageError GitProblem(GitFailure failure, ImportRequest request) => failure.Kind switch
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
}
