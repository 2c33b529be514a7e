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
/// <para>
/// A feed tells readers what was announced, and when: an entry is dated by the version's announcement — its
/// <c>published:</c> date, else its effective date — and never after the as-of date, as a feed cannot report news from
/// the future. So an upcoming version that does not say when it was announced is dated by the as-of date: the build
/// knows it has been announced by then, and no earlier day is known. Editorial corrections are titled as corrections,
/// and a withdrawn policy has an entry for its withdrawal.
/// </para>
/// </summary>
public sealed class PublicationPlanner(
    Site site,
    IReadOnlyDictionary<string, VersionTimeline> timelines,
    IReadOnlyDictionary<string, InterfaceStrings> strings,
    Uri? baseUrl,
    DateOnly asOf)
{
    /// <param name="policyFeeds">The policies whose own feeds to make; null for every policy (a build that takes a policy's folder from an earlier build has its feeds).</param>
    public IEnumerable<(string Path, string Content)> Files(IEnumerable<PageFrame> pages, Func<Policy, bool>? policyFeeds = null)
    {
        yield return (SiteUrls.VersionsManifest, VersionsManifestWriter.Write(site, timelines, baseUrl, asOf));
        if (baseUrl is null)
        {
            yield return (SiteUrls.Robots, "User-agent: *\nAllow: /\n");
            yield break;
        }

        yield return (SiteUrls.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {SiteUrls.Absolute(baseUrl, SiteUrls.Sitemap)}\n");
        foreach (var file in SitemapWriter.Write(baseUrl, pages)) yield return file;
        foreach (var language in site.Settings.Languages)
        {
            foreach (var policy in site.Policies.Where(p => policyFeeds?.Invoke(p) != false))
                yield return (SiteUrls.PolicyFeed(language, policy.Slug), AtomFeedWriter.Write(PolicyFeed(baseUrl, policy, language)));
            yield return (SiteUrls.LanguageFeed(language), AtomFeedWriter.Write(LanguageFeed(baseUrl, language)));
        }
    }

    private Feed PolicyFeed(Uri root, Policy policy, string language)
    {
        var ui = strings[language];
        var self = SiteUrls.Absolute(root, SiteUrls.PolicyFeed(language, policy.Slug));
        var title = ui.Get("feed_policy_title", policy.TitleIn(timelines[policy.Slug].Featured, language));
        var entries = Entries(root, policy, language).OrderByDescending(e => e.Updated).ToList();
        return new Feed(self, language, title, self, SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Changes(language, policy.Slug))),
            site.Settings.Title.For(language, site.Settings.DefaultLanguage), entries);
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

    /// <summary>The withdrawal of the policy, if any, then one entry per version, newest first.</summary>
    private IEnumerable<FeedEntry> Entries(Uri root, Policy policy, string language)
    {
        var ui = strings[language];
        var timeline = timelines[policy.Slug];
        if (timeline.WithdrawnOn is { } withdrawn) yield return WithdrawalEntry(root, policy, language, timeline, withdrawn);
        foreach (var version in policy.Versions.Reverse())
        {
            var text = version.In(language) ?? version.Source;
            var previous = timeline.Previous(version);
            var status = timeline.StatusOf(version).ToString().ToLowerInvariant();
            var permalink = SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Version(language, policy.Slug, version.Key)));
            yield return new FeedEntry(
                permalink,
                $"{text.Title}: {ui.Get(version.IsEditorial ? "correction_of" : "version_of", ui.Date(version.Date))}",
                Earliest(version.Published ?? version.Date, asOf),
                permalink,
                previous is null ? null : SiteUrls.Absolute(root, SiteUrls.Pretty(DiffPairs.PathFor(timeline, previous, version, language))),
                ui.Get("diff_previous_link"),
                status,
                ui.Get("status_" + status),
                version.IsEditorial ? ui.Get("editorial") : null,
                text.Language,
                text.Summary ?? (previous is null ? ui.Get("first_version") : null),
                text.Changes,
                InForce(ui, timeline, version),
                timeline.AnnouncedOn(version),
                TranslationBasisOf(root, ui, timeline, version, language));
        }
    }

    /// <summary>
    /// The withdrawal as news: dated by the withdrawal, or by the as-of date while it is still to come (site.yml does not
    /// say when it was announced); its id and link are the withdrawal's place at the top of the change log.
    /// </summary>
    private FeedEntry WithdrawalEntry(Uri root, Policy policy, string language, VersionTimeline timeline, DateOnly withdrawn)
    {
        var ui = strings[language];
        var place = SiteUrls.Absolute(root, SiteUrls.Pretty(SiteUrls.Changes(language, policy.Slug))) + "#withdrawn";
        var label = ui.Get(timeline.IsWithdrawn ? "withdrawn_on" : "withdrawal_upcoming", ui.Date(withdrawn));
        return new FeedEntry(
            place,
            $"{policy.TitleIn(timeline.Featured, language)}: {label}",
            Earliest(withdrawn, asOf),
            place,
            null,
            "",
            "withdrawal",
            label,
            null,
            language,
            null,
            [],
            ui.Get(timeline.IsWithdrawn ? "notice_withdrawn" : "notice_withdrawal_upcoming", ui.Date(withdrawn)));
    }

    /// <summary>For a translation made from an older binding version whose text has changed since: what the pages tell its readers, with absolute links.</summary>
    private FeedTranslationBasis? TranslationBasisOf(Uri root, InterfaceStrings ui, VersionTimeline timeline, PolicyVersion version, string language)
    {
        if (OutdatedTranslation.Of(timeline, version, language) is not { } outdated) return null;
        var (basis, binding) = (outdated.Basis, outdated.BindingLanguage);
        return new FeedTranslationBasis(
            ui.Get("translation_of_short", ui.Date(basis.Date)),
            ui.Get("notice_translation_of", ui.Date(basis.Date), LanguageNames.NameOf(binding, site.Settings.LanguageNames), ui.Date(version.Date)),
            binding,
            SiteUrls.Absolute(root, SiteUrls.Pretty(outdated.BindingTextPath)),
            ui.Get("notice_translation_of_read"),
            SiteUrls.Absolute(root, SiteUrls.Pretty(outdated.ChangesPath)),
            ui.Get("notice_translation_of_changes"));
    }

    /// <summary>The same sentence as the pages' "In force since …" (templates/_in_force.sbn).</summary>
    private static string InForce(InterfaceStrings ui, VersionTimeline timeline, PolicyVersion version)
    {
        var lastDay = timeline.LastDayInForce(version);
        var announced = timeline.AnnouncedOn(version) is { } published ? ui.Date(published) : null;
        var inForce = timeline.StatusOf(version) switch
        {
            VersionStatus.Upcoming when announced is not null => ui.Get("announced_takes_effect", announced, ui.Date(version.Date)),
            VersionStatus.Upcoming => ui.Get("takes_effect_on", ui.Date(version.Date)),
            VersionStatus.Superseded or VersionStatus.Withdrawn => ui.Get("was_in_force_from_to", ui.Date(version.Date), ui.Date(lastDay!.Value)),
            _ when lastDay is not null => ui.Get("in_force_from_until", ui.Date(version.Date), ui.Date(lastDay.Value)),
            _ => ui.Get("in_force_since", ui.Date(version.Date)),
        };
        return announced is null || timeline.StatusOf(version) == VersionStatus.Upcoming ? inForce : ui.Get("in_force_announced", inForce, announced);
    }

    private static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

}
