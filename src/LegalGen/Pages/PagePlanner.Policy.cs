using LegalGen.Model;
using LegalGen.Pages.Views;
using LegalGen.Rendering;

namespace LegalGen.Pages;

public sealed partial class PagePlanner
{
    private IEnumerable<PlannedPage> PolicyPages(Policy policy, string language, PolicyTexts texts)
    {
        var timeline = timelines[policy.Slug];
        yield return VersionPage(policy, timeline.Featured, language, SiteUrls.Policy(language, policy.Slug), "policy", texts);
        foreach (var version in policy.Versions)
            yield return VersionPage(policy, version, language, SiteUrls.Version(language, policy.Slug, version.Key), "version", texts);
        yield return ChangesPage(policy, language, texts);
        yield return ComparePage(policy, language);
        foreach (var (from, to) in DiffPairs.For(timeline))
            yield return DiffPage(policy, from, to, language, texts);
    }

    private PlannedPage VersionPage(Policy policy, PolicyVersion version, string language, string path, string kind, PolicyTexts texts)
    {
        var view = VersionViewOf(policy, version, language, path, texts);
        Func<string, string> samePage = kind == "policy"
            ? l => SiteUrls.Policy(l, policy.Slug)
            : l => SiteUrls.Version(l, policy.Slug, version.Key);
        var data = Data(kind, language, path, view.Title, samePage);
        data.SetValue("policy", PolicyInfoOf(policy, language, path), readOnly: true);
        data.SetValue("version", view, readOnly: true);
        return new PlannedPage(path, kind, language, data);
    }

    private PlannedPage ChangesPage(Policy policy, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Changes(language, policy.Slug);
        var timeline = timelines[policy.Slug];
        var entries = policy.Versions
            .Reverse()
            .Select(v =>
            {
                var view = VersionViewOf(policy, v, language, path, texts, withContent: false);
                var previous = timeline.Previous(v);
                if (previous is null) return new ChangeEntry(view, []);
                var (from, to, _) = PolicyTexts.TextsFor(previous, v, language);
                var diffPath = SiteUrls.Diff(language, policy.Slug, previous.Key, v.Key);
                return new ChangeEntry(view, Sections(texts.Diff(from, to), from.Language, path, diffPath, language));
            })
            .ToList();
        var info = PolicyInfoOf(policy, language, path);
        var data = Data("changes", language, path, info.Title, l => SiteUrls.Changes(l, policy.Slug));
        data.SetValue("policy", info, readOnly: true);
        data.SetValue("entries", entries, readOnly: true);
        return new PlannedPage(path, "changes", language, data);
    }

    private PolicyInfo PolicyInfoOf(Policy policy, string language, string from)
    {
        var timeline = timelines[policy.Slug];
        return new PolicyInfo(
            policy.Slug,
            TitleOf(timeline.Featured, language),
            SiteUrls.Relative(from, SiteUrls.Policy(language, policy.Slug)),
            SiteUrls.Relative(from, SiteUrls.Changes(language, policy.Slug)),
            SiteUrls.Relative(from, SiteUrls.Compare(language, policy.Slug)),
            timeline.Current is { } current ? Link(from, language, policy, current) : null,
            timeline.NextAnnounced is { } next ? Link(from, language, policy, next) : null);
    }

    private VersionView VersionViewOf(Policy policy, PolicyVersion version, string language, string from, PolicyTexts texts, bool withContent = true)
    {
        var timeline = timelines[policy.Slug];
        var translation = version.In(language);
        var text = translation ?? version.Source;
        var document = texts.Document(text);
        var previous = timeline.Previous(version);
        var next = timeline.Next(version);
        var current = timeline.Current;
        var translated = translation is null
            ? policy.Versions.TakeWhile(v => v.Date < version.Date).LastOrDefault(v => v.In(language) is not null)
            : null;
        return new VersionView(
            version.Key,
            timeline.LastDayInForce(version)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            StatusName(timeline.StatusOf(version)),
            version.IsEditorial,
            text.Title,
            text.Summary,
            [.. text.Changes],
            text.Language,
            LanguageNames.NameOf(text.Language),
            translation is null,
            translated is null ? null : Link(from, language, policy, translated),
            SiteUrls.Relative(from, SiteUrls.Version(language, policy.Slug, version.Key)),
            previous is null ? null : Link(from, language, policy, previous),
            next is null ? null : Link(from, language, policy, next),
            previous is null ? null : SiteUrls.Relative(from, SiteUrls.Diff(language, policy.Slug, previous.Key, version.Key)),
            current is null || current.Date == version.Date ? null : SiteUrls.Relative(from, DiffPath(language, policy, version, current)),
            text.Sha256,
            new RawHtml(withContent ? document.Html : ""),
            withContent ? [.. document.Toc] : []);
    }

    /// <summary>The diff page between two versions, older first whichever order they are given in.</summary>
    private static string DiffPath(string language, Policy policy, PolicyVersion a, PolicyVersion b) =>
        a.Date < b.Date ? SiteUrls.Diff(language, policy.Slug, a.Key, b.Key) : SiteUrls.Diff(language, policy.Slug, b.Key, a.Key);
}
