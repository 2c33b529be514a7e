using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Pages.Views;
using LegalGen.Translations;

namespace LegalGen.Pages;

public sealed partial class PagePlanner
{
    /// <summary>
    /// The pages of one policy in one language, each as the work of planning it: cheap to list, so the
    /// planning itself (a redline, a text's views) runs in parallel where the pages are rendered.
    /// </summary>
    private IEnumerable<Func<PlannedPage>> PolicyPages(Policy policy, string language, PolicyTexts texts)
    {
        var timeline = timelines[policy.Slug];
        yield return () => VersionPage(policy, timeline.Featured, language, SiteUrls.Policy(language, policy.Slug), "policy", texts);
        foreach (var version in policy.Versions)
        {
            yield return () => VersionPage(policy, version, language, SiteUrls.Version(language, policy.Slug, version.Key), "version", texts);
            if (HasParallel(version, language)) yield return () => ParallelPage(policy, version, language, texts);
        }

        yield return () => ChangesPage(policy, language, texts);
        yield return () => ComparePage(policy, language);
        foreach (var pair in DiffPairs.For(timeline))
            yield return () => DiffPage(policy, pair, language, texts);
    }

    private PlannedPage VersionPage(Policy policy, PolicyVersion version, string language, string path, string kind, PolicyTexts texts)
    {
        var view = VersionViewOf(policy, version, language, path, texts);
        Func<string, string> samePage = kind == "policy"
            ? l => SiteUrls.Policy(l, policy.Slug)
            : l => SiteUrls.Version(l, policy.Slug, version.Key);
        var data = Data(kind, language, path, view.Title, samePage, PolicyFeedLinks(path, language, policy));
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
        var data = Data("changes", language, path, info.Title, l => SiteUrls.Changes(l, policy.Slug), PolicyFeedLinks(path, language, policy));
        data.SetValue("policy", info, readOnly: true);
        data.SetValue("entries", entries, readOnly: true);
        return new PlannedPage(path, "changes", language, data);
    }

    private PolicyInfo PolicyInfoOf(Policy policy, string language, string from)
    {
        var timeline = timelines[policy.Slug];
        return new PolicyInfo(
            policy.Slug,
            policy.TitleIn(timeline.Featured, language),
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
            NameOf(text.Language),
            LanguageNames.DirectionOf(text.Language),
            translation is null,
            translated is null ? null : Link(from, language, policy, translated),
            SiteUrls.Relative(from, SiteUrls.Version(language, policy.Slug, version.Key)),
            previous is null ? null : Link(from, language, policy, previous),
            next is null ? null : Link(from, language, policy, next),
            previous is null ? null : SiteUrls.Relative(from, SiteUrls.Diff(language, policy.Slug, previous.Key, version.Key)),
            current is null || current.Date == version.Date ? null : SiteUrls.Relative(from, DiffPath(language, policy, version, current)),
            text.Sha256,
            new RawHtml(withContent ? document.Html : ""),
            withContent ? [.. document.Toc] : [],
            HasParallel(version, language) ? SiteUrls.Relative(from, SiteUrls.Parallel(language, policy.Slug, version.Key)) : null,
            language == version.SourceLanguage
                ? Settings.Languages
                    .Where(l => HasParallel(version, l))
                    .Select(l => new LanguageLink(l, NameOf(l), LanguageNames.DirectionOf(l), SiteUrls.Relative(from, SiteUrls.Parallel(l, policy.Slug, version.Key)), false))
                    .ToList()
                : []);
    }

    /// <summary>A translation (not the binding text itself) can be read beside the binding text.</summary>
    private static bool HasParallel(PolicyVersion version, string language) =>
        language != version.SourceLanguage && version.In(language) is not null;

    private PlannedPage ParallelPage(Policy policy, PolicyVersion version, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Parallel(language, policy.Slug, version.Key);
        var source = VersionViewOf(policy, version, version.SourceLanguage, path, texts, withContent: false);
        var translation = VersionViewOf(policy, version, language, path, texts, withContent: false);
        var rows = StructureAligner.Align(texts.Document(version.Source).Blocks, texts.Document(version.In(language)!).Blocks)
            .Select(pair => new ParallelRow(
                new RawHtml(pair.Source is null ? "" : BlockHtmlWriter.Write(pair.Source)),
                new RawHtml(pair.Translation is null ? "" : BlockHtmlWriter.Write(pair.Translation)),
                pair.IsMatched))
            .ToList();
        var data = Data("parallel", language, path, translation.Title,
            l => HasParallel(version, l) ? SiteUrls.Parallel(l, policy.Slug, version.Key) : SiteUrls.Version(l, policy.Slug, version.Key),
            PolicyFeedLinks(path, language, policy),
            l => HasParallel(version, l));
        data.SetValue("policy", PolicyInfoOf(policy, language, path), readOnly: true);
        data.SetValue("parallel", new ParallelView(source, translation, rows, rows.Count(r => !r.Matched)), readOnly: true);
        return new PlannedPage(path, "parallel", language, data);
    }

    /// <summary>The diff page between two versions, older first whichever order they are given in.</summary>
    private static string DiffPath(string language, Policy policy, PolicyVersion a, PolicyVersion b) =>
        a.Date < b.Date ? SiteUrls.Diff(language, policy.Slug, a.Key, b.Key) : SiteUrls.Diff(language, policy.Slug, b.Key, a.Key);
}
