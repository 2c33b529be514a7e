using LegalGen.Model;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

internal sealed partial class PlanningContext
{
    /// <summary>The frame of a page at <paramref name="path"/>: its language switcher, links to the site's main places, canonical address and feeds.</summary>
    /// <param name="samePageIn">Where this page is in another language (a site path).</param>
    /// <param name="feeds">The feeds the page announces; left out, like the canonical address, when the site has no base URL.</param>
    /// <param name="hasSamePage">False for a language whose switcher entry leads to the nearest page rather than this one.</param>
    /// <param name="canonicalPath">The page whose copy this one is (a fallback page's binding-language page); left out, the page itself.</param>
    public PageFrame Frame(
        PageKind kind,
        string language,
        string path,
        string title,
        Func<string, string> samePageIn,
        IReadOnlyList<FeedLink>? feeds = null,
        Func<string, bool>? hasSamePage = null,
        string? canonicalPath = null) => new()
    {
        Kind = kind,
        Lang = language,
        Dir = LanguageNames.DirectionOf(language),
        Title = title,
        StatusAsOf = AsOf,
        SiteTitle = SiteTitleIn(language),
        Root = SiteUrls.Relative(path, SiteUrls.Index)[..^SiteUrls.Index.Length],
        Path = path,
        Stylesheet = SiteUrls.Relative(path, SiteUrls.Asset("style.css")),
        EntryUrl = SiteUrls.Relative(path, SiteUrls.Entry),
        HomeUrl = SiteUrls.Relative(path, SiteUrls.Home(language)),
        Languages = LanguageSwitcher(language, path, samePageIn, hasSamePage),
        DefaultLanguageUrl = SiteUrls.Relative(path, samePageIn(Settings.DefaultLanguage)),
        CanonicalUrl = BaseUrl is null ? null : SiteUrls.Absolute(BaseUrl, SiteUrls.Pretty(canonicalPath ?? path)),
        Feeds = BaseUrl is null ? [] : feeds ?? [],
        SearchUrl = HasSearch ? SiteUrls.Relative(path, SiteUrls.Search(language)) : null,
    };

    private List<LanguageLink> LanguageSwitcher(string language, string path, Func<string, string> samePageIn, Func<string, bool>? hasSamePage) => Settings.Languages
        .Select(l => new LanguageLink(l, NameOf(l), LanguageNames.DirectionOf(l), SiteUrls.Relative(path, samePageIn(l)), l == language, samePageIn(l),
            hasSamePage?.Invoke(l) ?? true))
        .ToList();

    /// <summary>The feed of every policy in <paramref name="language"/>, linked from the page at <paramref name="from"/>.</summary>
    public FeedLink LanguageFeedLink(string from, string language) =>
        new(StringsIn(language).Get("feed_language_title", SiteTitleIn(language)), SiteUrls.Relative(from, SiteUrls.LanguageFeed(language)));

    /// <summary>The feeds a policy's pages announce: the policy's own, then the language's.</summary>
    public IReadOnlyList<FeedLink> PolicyFeedLinks(string from, string language, Policy policy) =>
    [
        new(StringsIn(language).Get("feed_policy_title", policy.TitleIn(TimelineOf(policy).Featured, language)), SiteUrls.Relative(from, SiteUrls.PolicyFeed(language, policy.Slug))),
        LanguageFeedLink(from, language),
    ];
}
