using System.Globalization;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Redline.Model;
using LegalGen.Model;

namespace LegalGen.Redline;

/// <summary>
/// Compares two versions of a policy for <c>legalgen diff</c>. Reads <c>site.yml</c> and the one policy through the
/// same reader as a build, with every guard, but does not yet require summaries, so an editor can compare a new
/// version while its summary is still to be written. Drafts are versions like any other here.
/// </summary>
public static class VersionRedlines
{
    /// <param name="language">The language to compare in; the site's default (binding) language when null.</param>
    public static VersionRedlineResult Compare(string contentDirectory, string policy, string from, string to, string? language)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentReader.Read(contentDirectory, ContentReadOptions.ForEditing(policy), diagnostics);
        if (site is null) return new VersionRedlineResult(null, diagnostics.ToSortedList());
        var settings = site.Settings;

        var lang = language is null ? settings.DefaultLanguage : settings.Languages.FirstOrDefault(l => l.Equals(language, StringComparison.OrdinalIgnoreCase));
        if (lang is null)
            return Usage($"'{language}' is not one of the site's languages: {string.Join(", ", settings.Languages)}", UsageInput.Language);

        var found = site.Policies.FirstOrDefault(p => p.Slug == policy);
        var versions = found?.Versions ?? [];
        if (versions.Count == 0)
        {
            var policies = ContentReader.PolicyNames(contentDirectory);
            var suggestion = Suggestions.Closest(policy, policies) is { } s ? $"did you mean '{s}'? " : "";
            return Usage($"there is no policy '{policy}'; {suggestion}the policies are: {(policies.Count == 0 ? "none yet" : string.Join(", ", policies))}", UsageInput.Policy);
        }

        var dates = versions.Select(v => v.Date).ToList();
        var available = $"the versions of '{policy}' are: {string.Join(", ", dates.Select(DateKey.Of))}";
        if (ParseVersion(from, dates, available, out var fromError) is not { } older) return Usage(fromError!, UsageInput.FromVersion);
        if (ParseVersion(to, dates, available, out var toError) is not { } newer) return Usage(toError!, UsageInput.ToVersion);
        if (older >= newer)
        {
            return Usage(older == newer
                ? $"compare two different versions; {available}"
                : $"give the older version first: {DateKey.Of(newer)}, then {DateKey.Of(older)}", UsageInput.FromVersion, UsageInput.ToVersion);
        }

        // As on the site: the translations if both versions have one, else the binding texts.
        var oldVersion = versions.First(v => v.Date == older);
        var newVersion = versions.First(v => v.Date == newer);
        var textLanguage = oldVersion.In(lang) is not null && newVersion.In(lang) is not null ? lang : settings.DefaultLanguage;
        var oldText = oldVersion.In(textLanguage)!;
        var newText = newVersion.In(textLanguage)!;

        // Texts past the content limits are located errors here as in a build, never a fault.
        using var renderer = new MarkdownRenderer(rawHtml: settings.RawHtml);
        var oldDocument = renderer.Render(oldText.Body, oldText.SourcePath, oldText.BodyStartLine, diagnostics, oldText.Title, oldText.Language);
        var newDocument = renderer.Render(newText.Body, newText.SourcePath, newText.BodyStartLine, diagnostics, newText.Title, newText.Language);
        if (diagnostics.HasErrors) return new VersionRedlineResult(null, diagnostics.ToSortedList());
        var diff = RedlineBuilder.Compare(oldDocument.Blocks, newDocument.Blocks);
        var translated = textLanguage == lang;
        var comparison = new VersionRedline(policy, older, newer, lang, textLanguage, diff,
            translated && LegalGen.Model.Policy.TranslationNotUpdated(oldVersion, newVersion, lang),
            translated ? found!.OutdatedBasisOf(newVersion, lang)?.Date : null);
        return new VersionRedlineResult(comparison, diagnostics.ToSortedList());
    }

    private static VersionRedlineResult Usage(string message, params UsageInput[] inputs) => new(null, [], new UsageError(message, inputs));

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
            error = $"there is no version {DateKey.Of(date)}; {available}";
            return null;
        }

        return date;
    }
}
