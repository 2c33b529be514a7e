using System.Globalization;
using System.Text;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Scaffolding;

/// <summary>
/// <c>legalgen new</c>: starts the next version of a policy in every language that has the policy, each a
/// copy of that language's latest text (see <see cref="NextVersionText"/>), or the first version of a new
/// policy in the binding language. Refuses — with a located error, writing nothing — a date that is not
/// after the latest version, or a file that already exists.
/// </summary>
public static class VersionScaffolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="date">The new version's effective date; for a new policy, <paramref name="today"/> when null.</param>
    public static ScaffoldResult Create(string contentDirectory, string policy, DateOnly? date, DateOnly today)
    {
        var newDate = date ?? today;
        if (!PolicySlug.IsValid(policy))
        {
            return new ScaffoldResult([], [], newDate,
                new UsageError($"'{policy}' cannot be a policy's name: it becomes part of every URL, so use lower-case letters, digits and single hyphens",
                    UsageInput.Policy, PolicySlug.Suggest(policy)));
        }

        var diagnostics = new DiagnosticBag();
        var site = ContentReader.Read(contentDirectory, ContentReadOptions.ForEditing(policy), diagnostics);
        if (site is null) return Refused(diagnostics, newDate);
        var settings = site.Settings;

        // Each language's latest text, read through every check of a build: an error in it is not copied into the next version.
        var versions = site.Policies.FirstOrDefault(p => p.Slug == policy)?.Versions ?? [];
        var latest = settings.Languages
            .Select(l => versions.LastOrDefault(v => v.In(l) is not null)?.In(l))
            .OfType<Translation>()
            .ToDictionary(t => t.Language, StringComparer.Ordinal);
        if (latest.Count == 0)
        {
            var first = new PlannedFile(FileName(policy, newDate, settings.DefaultLanguage), settings.DefaultLanguage, NextVersionText.FirstVersion(), null, null);
            return Write(contentDirectory, [first], diagnostics, newDate);
        }

        var latestDate = versions[^1].Date;
        if (date is null)
        {
            return new ScaffoldResult([], [], newDate,
                new UsageError($"give the new version's effective date, after the latest version ({DateKey.Of(latestDate)})", UsageInput.VersionDate, DateKey.Of(latestDate.AddMonths(1))));
        }

        if (newDate <= latestDate)
        {
            diagnostics.Error(DiagnosticCodes.VersionNotAfterLatest, SourceLocation.StartOf(versions[^1].Source.SourcePath),
                $"the new version's date {DateKey.Of(newDate)} is not after the latest version of '{policy}', {DateKey.Of(latestDate)}",
                $"a version's date is the day it takes effect: choose a date after {DateKey.Of(latestDate)}, e.g. {DateKey.Of(latestDate.AddMonths(1))}");
            return Refused(diagnostics, newDate);
        }

        var planned = new List<PlannedFile>();
        foreach (var language in settings.Languages.Where(latest.ContainsKey))
        {
            var source = latest[language];
            var text = NextVersionText.From(source.FrontMatter, source.Body);
            if (source.FrontMatter.UsesCrlf) text = text.Replace("\n", "\r\n");
            var sourceDate = versions.Last(v => v.In(language) == source).Date;
            planned.Add(new PlannedFile(FileName(policy, newDate, language), language, text, source.SourcePath, sourceDate));
        }

        return Write(contentDirectory, planned, diagnostics, newDate);
    }

    /// <summary>Writes every planned file or none: an existing file stops everything before anything is written.</summary>
    private static ScaffoldResult Write(string contentDirectory, List<PlannedFile> planned, DiagnosticBag diagnostics, DateOnly date)
    {
        foreach (var file in planned.Where(f => File.Exists(Path.Combine(contentDirectory, f.Path))))
        {
            diagnostics.Error(DiagnosticCodes.VersionFileExists, SourceLocation.StartOf(file.Path), "this version file already exists",
                "edit it, or choose another date for the new version");
        }

        if (diagnostics.HasErrors) return Refused(diagnostics, date);

        var written = new List<string>();
        PlannedFile? current = null;
        try
        {
            foreach (var file in planned)
            {
                current = file;
                var path = Path.Combine(contentDirectory, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                written.Add(path);
                stream.Write(Utf8.GetBytes(file.Text));
            }
        }
        catch (IOException e)
        {
            foreach (var path in written) File.Delete(path);
            diagnostics.Error(DiagnosticCodes.VersionFileExists, SourceLocation.StartOf(current!.Path),
                $"the file could not be created: {e.Message}", "check that the folder is writable and the file does not exist, then try again");
            return Refused(diagnostics, date);
        }

        var files = planned.Select(f => new ScaffoldedFile(f.Path, f.Language, f.CopiedFrom, f.CopiedFromDate)).ToList();
        return new ScaffoldResult(files, diagnostics.ToSortedList(), date);
    }

    private static ScaffoldResult Refused(DiagnosticBag diagnostics, DateOnly date) => new([], diagnostics.ToSortedList(), date);

    private static string FileName(string policy, DateOnly date, string language) => $"{policy}/{DateKey.Of(date)}.{language}.md";

    private sealed record PlannedFile(string Path, string Language, string Text, string? CopiedFrom, DateOnly? CopiedFromDate);
}
