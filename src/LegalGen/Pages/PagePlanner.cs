using LegalGen.Localization;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Model;
using LegalGen.Pages.Views;
using LegalGen.Timeline;
using Scriban.Runtime;

namespace LegalGen.Pages;

/// <summary>
/// Decides every page of the site and the data its template gets: the entry page and each language's home
/// (<see cref="SitePages"/>), and for each policy and language the current version, every version's
/// permalink, the change log and a diff of each version against its predecessor
/// (<see cref="PolicyPages(Policy, PolicyTexts)"/>). Every page exists in every language.
/// </summary>
public sealed partial class PagePlanner(
    Site site,
    IReadOnlyDictionary<string, VersionTimeline> timelines,
    IReadOnlyDictionary<string, InterfaceStrings> strings,
    Uri? baseUrl = null)
{
    private SiteSettings Settings => site.Settings;

    /// <summary>The pages that list policies (they need titles and dates, not texts), each as the work of planning it.</summary>
    public IEnumerable<Func<PlannedPage>> SitePages() =>
        Settings.Languages.Select(l => (Func<PlannedPage>)(() => HomePage(l))).Prepend(EntryPage).Append(NotFoundPage);

    /// <summary>Every page of one policy, in every language, each as the work of planning it.</summary>
    public IEnumerable<Func<PlannedPage>> PolicyPages(Policy policy, PolicyTexts texts) =>
        Settings.Languages.SelectMany(language => PolicyPages(policy, language, texts));

    private PlannedPage EntryPage()
    {
        var path = SiteUrls.Entry;
        var language = Settings.DefaultLanguage;
        var entries = Settings.Languages
            .Select(l => new LanguageEntry(l, NameOf(l), LanguageNames.DirectionOf(l), Settings.Title.For(l, Settings.DefaultLanguage),
                SiteUrls.Relative(path, SiteUrls.Home(l)), PolicyEntries(path, l)))
            .ToList();
        var data = Data("index", language, path, Settings.Title.For(language, language), l => SiteUrls.Entry);
        data.SetValue("languages", entries, readOnly: true);
        return new PlannedPage(path, "index", language, data);
    }

    private PlannedPage HomePage(string language)
    {
        var path = SiteUrls.Home(language);
        var data = Data("home", language, path, Settings.Title.For(language, Settings.DefaultLanguage), SiteUrls.Home,
            [LanguageFeedLink(path, language)]);
        data.SetValue("policies", PolicyEntries(path, language), readOnly: true);
        return new PlannedPage(path, "home", language, data);
    }

    private List<PolicyEntry> PolicyEntries(string from, string language) => site.Policies
        .Select(p =>
        {
            var timeline = timelines[p.Slug];
            var featured = timeline.Featured;
            return new PolicyEntry(
                p.Slug,
                p.TitleIn(featured, language),
                SiteUrls.Relative(from, SiteUrls.Policy(language, p.Slug)),
                SiteUrls.Relative(from, SiteUrls.Changes(language, p.Slug)),
                featured.Key,
                StatusName(timeline.StatusOf(featured)),
                timeline.NextAnnounced is { } next ? Link(from, language, p, next) : null,
                featured.In(language) is not null,
                p.Versions.LastOrDefault(v => v.Date <= featured.Date && v.In(language) is not null)?.Key);
        })
        .ToList();

    /// <summary>
    /// The page a static host serves for any missing address, at any depth: its links are absolute (under
    /// the base URL, else from the host's root), and it speaks every language of the site.
    /// </summary>
    private PlannedPage NotFoundPage()
    {
        var language = Settings.DefaultLanguage;
        string At(string path) => baseUrl is null ? "/" + path : SiteUrls.Absolute(baseUrl, path);
        var languages = Settings.Languages
            .Select(l => new LanguageLink(l, NameOf(l), LanguageNames.DirectionOf(l), At(SiteUrls.Pretty(SiteUrls.Home(l))), false, SiteUrls.Home(l)))
            .ToList();
        var page = new PageInfo(
            "not-found",
            language,
            LanguageNames.DirectionOf(language),
            strings[language].Get("not_found_title"),
            Settings.Title.For(language, Settings.DefaultLanguage),
            At(""),
            SiteUrls.NotFound,
            At(SiteUrls.Asset("style.css")),
            At(""),
            At(SiteUrls.Pretty(SiteUrls.Home(language))),
            languages,
            At(SiteUrls.Pretty(SiteUrls.Home(language))));
        var messages = Settings.Languages
            .Select(l => new NotFoundMessage(l, LanguageNames.DirectionOf(l), strings[l].Get("not_found_title"), strings[l].Get("not_found_text"),
                At(SiteUrls.Pretty(SiteUrls.Home(l))), Settings.Title.For(l, Settings.DefaultLanguage)))
            .ToList();
        var data = new ScriptObject();
        data.SetValue("page", page, readOnly: true);
        data.SetValue("messages", messages, readOnly: true);
        return new PlannedPage(SiteUrls.NotFound, "404", language, data);
    }

    /// <summary>The data every template gets: <c>page</c> (with the language switcher) and <c>site</c>.</summary>
    private ScriptObject Data(
        string kind,
        string language,
        string path,
        string title,
        Func<string, string> samePageIn,
        List<FeedLink>? feeds = null,
        Func<string, bool>? hasSamePage = null)
    {
        var languages = Settings.Languages
            .Select(l => new LanguageLink(l, NameOf(l), LanguageNames.DirectionOf(l), SiteUrls.Relative(path, samePageIn(l)), l == language, samePageIn(l),
                hasSamePage?.Invoke(l) ?? true))
            .ToList();
        var root = SiteUrls.Relative(path, SiteUrls.Index)[..^SiteUrls.Index.Length];
        var page = new PageInfo(
            kind,
            language,
            LanguageNames.DirectionOf(language),
            title,
            Settings.Title.For(language, Settings.DefaultLanguage),
            root,
            path,
            SiteUrls.Relative(path, SiteUrls.Asset("style.css")),
            SiteUrls.Relative(path, SiteUrls.Entry),
            SiteUrls.Relative(path, SiteUrls.Home(language)),
            languages,
            SiteUrls.Relative(path, samePageIn(Settings.DefaultLanguage)),
            baseUrl is null ? null : SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(path)),
            baseUrl is null ? [] : feeds ?? []);
        var data = new ScriptObject();
        data.SetValue("page", page, readOnly: true);
        return data;
    }

    private FeedLink LanguageFeedLink(string from, string language) =>
        new(strings[language].Get("feed_language_title", Settings.Title.For(language, Settings.DefaultLanguage)), SiteUrls.Relative(from, SiteUrls.LanguageFeed(language)));

    /// <summary>The feeds a policy's pages announce: the policy's own, then the language's.</summary>
    private List<FeedLink> PolicyFeedLinks(string from, string language, Policy policy) =>
    [
        new(strings[language].Get("feed_policy_title", policy.TitleIn(timelines[policy.Slug].Featured, language)), SiteUrls.Relative(from, SiteUrls.PolicyFeed(language, policy.Slug))),
        LanguageFeedLink(from, language),
    ];

    private string NameOf(string language) => LanguageNames.NameOf(language, Settings.LanguageNames);

    private static string StatusName(VersionStatus status) => status.ToString().ToLowerInvariant();

    private VersionLink Link(string from, string language, Policy policy, PolicyVersion version)
    {
        var previous = timelines[policy.Slug].Previous(version);
        return new VersionLink(
            version.Key,
            SiteUrls.Relative(from, SiteUrls.Version(language, policy.Slug, version.Key)),
            previous is null ? null : SiteUrls.Relative(from, SiteUrls.Diff(language, policy.Slug, previous.Key, version.Key)),
            version.IsEditorial);
    }

    private List<SectionLink> Sections(RedlineDiff diff, string textLanguage, string from, string diffPath, string language) => diff
        .ChangedSections(strings[language].Get("diff_untitled_section"))
        .Select(s => new SectionLink(
            s.Title,
            s.Anchor is null ? language : textLanguage,
            (from == diffPath ? "" : SiteUrls.Relative(from, diffPath)) + "#change-" + s.FirstChange,
            s.Changes))
        .ToList();
}
