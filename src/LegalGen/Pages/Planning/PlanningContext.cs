using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages.Planning;

/// <summary>
/// What the planning of every page shares: the site, each policy's timeline, the interface strings and the base
/// URL, and the helpers that build the parts pages have in common — frames and language switchers
/// (<c>PlanningContext.Frames.cs</c>), links to versions and policies (<c>.Links.cs</c>) and version views
/// (<c>.Versions.cs</c>). Read-only, so pages plan in parallel.
/// </summary>
internal sealed partial class PlanningContext(
    Site site,
    IReadOnlyDictionary<string, VersionTimeline> timelines,
    IReadOnlyDictionary<string, InterfaceStrings> strings,
    DateOnly asOf,
    Uri? baseUrl,
    bool compareEngine = false,
    bool search = false,
    bool pdfs = false)
{
    /// <summary>True when the build prints each version's page to a PDF beside it (<see cref="SiteUrls.VersionPdf"/>).</summary>
    public bool HasPdfs => pdfs;

    /// <summary>True when the site carries the in-browser comparison's engine (<see cref="SiteUrls.CompareEngine"/>).</summary>
    public bool HasCompareEngine => compareEngine;

    /// <summary>True when the site is built with search: a search page per language, linked from every page, and an index of the versions' texts.</summary>
    public bool HasSearch => search;

    public Site Site => site;

    /// <summary>The date every status on the site (in force, upcoming, superseded) is computed for.</summary>
    public DateOnly AsOf => asOf;

    public SiteSettings Settings => site.Settings;

    /// <summary>The site's address, when it has one: canonical links and feeds need it.</summary>
    public Uri? BaseUrl => baseUrl;

    public VersionTimeline TimelineOf(Policy policy) => timelines[policy.Slug];

    public InterfaceStrings StringsIn(string language) => strings[language];

    /// <summary>The site's title in <paramref name="language"/>, else in the binding language.</summary>
    public string SiteTitleIn(string language) => Settings.Title.For(language, Settings.DefaultLanguage);

    /// <summary>A language's name as the site shows it (site.yml's language_names, else the language's own name).</summary>
    public string NameOf(string language) => LanguageNames.NameOf(language, Settings.LanguageNames);

    /// <summary>
    /// <see cref="NameOf"/> for a page's running text, marked as written in <paramref name="language"/> itself ("Polski" is
    /// Polish on every page): a page says so with a lang span where the name stands in another language's text.
    /// </summary>
    public string MarkedNameOf(string language) => LanguageMarks.Mark(NameOf(language), language);
}
