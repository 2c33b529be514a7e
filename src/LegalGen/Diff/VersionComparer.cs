using System.Globalization;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// Compares two versions of a policy for <c>legalgen diff</c>. Reads only <c>site.yml</c> and the two texts
/// — not their front matter, and not the rest of the site — so an editor can compare a new version while its
/// summary is still to be written. Drafts are versions like any other here.
/// </summary>
public static class VersionComparer
{
    /// <param name="language">The language to compare in; the site's default (binding) language when null.</param>
    public static ComparisonResult Compare(string contentDirectory, string policy, string from, string to, string? language)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsFile.Load(contentDirectory, diagnostics);
        if (settings is null) return new ComparisonResult(null, diagnostics.ToSortedList());

        var lang = language is null ? settings.DefaultLanguage : settings.Languages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));
        if (lang is null)
            return Usage($"'{language}' is not one of the site's languages: {string.Join(", ", settings.Languages)}");

        var files = PolicySlug.IsValid(policy) ? VersionFileListing.Of(contentDirectory, policy, settings) : [];
        var versions = files.Where(f => f.Language == settings.DefaultLanguage).Select(f => f.Date).Distinct().ToList();
        if (versions.Count == 0)
        {
            var policies = VersionFileListing.Policies(contentDirectory, settings);
            var suggestion = Suggestions.Closest(policy, policies) is { } s ? $"did you mean '{s}'? " : "";
            return Usage($"there is no policy '{policy}'; {suggestion}the policies are: {(policies.Count == 0 ? "none yet" : string.Join(", ", policies))}");
        }

        var available = $"the versions of '{policy}' are: {string.Join(", ", versions.Select(Key))}";
        if (ParseVersion(from, versions, available, out var fromError) is not { } older) return Usage(fromError!);
        if (ParseVersion(to, versions, available, out var toError) is not { } newer) return Usage(toError!);
        if (older >= newer)
        {
            return Usage(older == newer
                ? $"compare two different versions; {available}"
                : $"give the older version first: legalgen diff {policy} {Key(newer)} {Key(older)}");
        }

        // As on the site: the translations if both versions have one, else the binding texts.
        string? FileOf(DateOnly date, string l) => files.FirstOrDefault(f => f.Date == date && f.Language == l)?.RelativePath;
        var textLanguage = FileOf(older, lang) is not null && FileOf(newer, lang) is not null ? lang : settings.DefaultLanguage;
        var oldFile = FileOf(older, textLanguage)!;
        var newFile = FileOf(newer, textLanguage)!;
        var oldText = ReadBody(contentDirectory, oldFile, diagnostics);
        var newText = ReadBody(contentDirectory, newFile, diagnostics);
        if (oldText is null || newText is null) return new ComparisonResult(null, diagnostics.ToSortedList());

        // Texts past the content limits are located errors here as in a build, never a fault.
        var renderer = new MarkdownRenderer();
        var oldDocument = renderer.Render(oldText.Value.Body, oldFile, oldText.Value.Line, diagnostics);
        var newDocument = renderer.Render(newText.Value.Body, newFile, newText.Value.Line, diagnostics);
        if (diagnostics.HasErrors) return new ComparisonResult(null, diagnostics.ToSortedList());
        var diff = RedlineBuilder.Compare(oldDocument.Blocks, newDocument.Blocks);
        return new ComparisonResult(new VersionComparison(policy, older, newer, lang, textLanguage, diff), diagnostics.ToSortedList());
    }

    private static ComparisonResult Usage(string message) => new(null, [], message);

    private static DateOnly? ParseVersion(string text, List<DateOnly> versions, string available, out string? error)
    {
        error = null;
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            error = $"'{text}' is not a date; write versions as YYYY-MM-DD; {available}";
            return null;
        }

        if (!versions.Contains(date))
        {
            error = $"there is no version {Key(date)}; {available}";
            return null;
        }

        return date;
    }

    /// <summary>The Markdown after the front matter; the front matter itself is not checked here.</summary>
    private static (string Body, int Line)? ReadBody(string contentDirectory, string relativePath, DiagnosticBag diagnostics)
    {
        var bytes = ContentFile.Read(Path.Combine(contentDirectory, relativePath), relativePath, diagnostics);
        if (bytes is null) return null;

        var text = SourceText.Decode(bytes, relativePath, diagnostics);
        return text is not null && FrontMatterSplitter.Split(text, relativePath, diagnostics) is { } split ? (split.Body, split.BodyStartLine) : null;
    }

    private static string Key(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
