using System.Globalization;
using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Pages;
using LegalGen.Pages.Views;
using LegalGen.Timeline;

namespace LegalGen.Publishing;

/// <summary>
/// What the site publishes besides its pages, for feed readers, search engines and auditors: an Atom feed
/// per policy and language and per language, the sitemap, robots.txt and versions.json. Feeds and the
/// sitemap need absolute addresses, so they exist only when the site has a base URL.
/// </summary>
public sealed class PublicationPlanner(
    Site site,
    IReadOnlyDictionary<string, VersionTimeline> timelines,
    IReadOnlyDictionary<string, InterfaceStrings> strings,
    Uri? baseUrl,
    DateOnly asOf)
{
    public IEnumerable<(string Path, string Content)> Files(IEnumerable<PageFrame> pages)
    {
        yield return (SiteUrls.VersionsManifest, VersionsManifestWriter.Write(site, timelines, baseUrl, asOf));
        if (baseUrl is null)
        {
            yield return (SiteUrls.Robots, "User-agent: *\nAllow: /\n");
            yield break;
        }

        yield return (SiteUrls.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)}\n");
        foreach (var file in SitemapWriter.Write(baseUrl, site.Settings.DefaultLanguage, pages)) yield return file;
        foreach (var language in site.Settings.Languages)
        {
            foreach (var policy in site.Policies)
                yield return (SiteUrls.PolicyFeed(language, policy.Slug), AtomFeedWriter.Write(PolicyFeed(baseUrl, policy, language)));
            yield return (SiteUrls.LanguageFeed(language), AtomFeedWriter.Write(LanguageFeed(baseUrl, language)));
        }
    }

    private Feed PolicyFeed(Uri root, Policy policy, string language)
    {
        var ui = strings[language];
        var self = SiteUrls.Absolute(root, SiteUrls.PolicyFeed(language, policy.Slug));
        var title = ui.Get("feed_policy_title", policy.TitleIn(timelines[policy.Slug].Featured, language));
        return new Feed(self, language, title, self, SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Changes(language, policy.Slug))),
            site.Settings.Title.For(language, site.Settings.DefaultLanguage), Entries(root, policy, language).ToList());
    }

    private Feed LanguageFeed(Uri root, string language)
    {
        var ui = strings[language];
        var siteTitle = site.Settings.Title.For(language, site.Settings.DefaultLanguage);
        var self = SiteUrls.Absolute(root, SiteUrls.LanguageFeed(language));
        var entries = site.Policies
            .SelectMany(p => Entries(root, p, language))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new Feed(self, language, ui.Get("feed_language_title", siteTitle), self, SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Home(language))), siteTitle, entries);
    }

    /// <summary>One entry per version, newest first.</summary>
    private IEnumerable<FeedEntry> Entries(Uri root, Policy policy, string language)
    {
        var ui = strings[language];
        var timeline = timelines[policy.Slug];
        foreach (var version in policy.Versions.Reverse())
        {
            var text = version.In(language) ?? version.Source;
            var previous = timeline.Previous(version);
            var status = timeline.StatusOf(version).ToString().ToLowerInvariant();
            var permalink = SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Version(language, policy.Slug, version.Key)));
            yield return new FeedEntry(
                permalink,
                $"{text.Title}: {ui.Get("version_of", ui.Date(version.Date))}",
                version.Date,
                permalink,
                previous is null ? null : SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Diff(language, policy.Slug, previous.Key, version.Key))),
                ui.Get("diff_previous_link"),
                status,
                ui.Get("status_" + status),
                version.IsEditorial ? ui.Get("editorial") : null,
                text.Language,
                text.Summary ?? (previous is null ? ui.Get("first_version") : null),
                text.Changes,
                InForce(ui, timeline, version),
                TranslationBasisOf(root, ui, timeline, version, language));
        }
    }

    /// <summary>For a translation made from an older binding version whose text has changed since: what the pages tell its readers, with absolute links.</summary>
    private FeedTranslationBasis? TranslationBasisOf(Uri root, InterfaceStrings ui, VersionTimeline timeline, PolicyVersion version, string language)
    {
        var policy = timeline.Policy;
        if (policy.OutdatedBasisOf(version, language) is not { } basis) return null;
        var binding = version.SourceLanguage;
        var changes = DiffPairs.Has(timeline, basis, version)
            ? SiteUrls.Diff(binding, policy.Slug, basis.Key, version.Key)
            : SiteUrls.Compare(binding, policy.Slug);
        var bindingName = LanguageNames.NameOf(binding, site.Settings.LanguageNames);
        return new FeedTranslationBasis(
            ui.Get("translation_of_short", ui.Date(basis.Date)),
            ui.Get("notice_translation_of", ui.Date(basis.Date), bindingName, ui.Date(version.Date)),
            binding,
            SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Version(binding, policy.Slug, version.Key))),
            ui.Get("notice_translation_of_read"),
            SiteUrls.Absolute(root, SiteUrls.Pretty(changes)),
            ui.Get("notice_translation_of_changes"));
    }

    /// <summary>The same sentence as the pages' "In force since …" (templates/_in_force.sbn).</summary>
    private static string InForce(InterfaceStrings ui, VersionTimeline timeline, PolicyVersion version)
    {
        var lastDay = timeline.LastDayInForce(version);
        return timeline.StatusOf(version) switch
        {
            VersionStatus.Upcoming => ui.Get("takes_effect_on", ui.Date(version.Date)),
            VersionStatus.Superseded => ui.Get("was_in_force_from_to", ui.Date(version.Date), ui.Date(lastDay!.Value)),
            _ when lastDay is not null => ui.Get("in_force_from_until", ui.Date(version.Date), ui.Date(lastDay.Value)),
            _ => ui.Get("in_force_since", ui.Date(version.Date)),
        };
    }

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
