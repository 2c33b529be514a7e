namespace LegalGen.Pages.Views;

/// <summary>
/// What every page has, whatever its kind: its kind, language, title, links to the site's main places, the
/// language switcher and the feeds it announces. Templates (and the layout) get it as <c>page</c>; the sitemap
/// reads the frames of all pages.
/// </summary>
public sealed record PageFrame
{
    public required PageKind Kind { get; init; }

    /// <summary>The page's language (its interface text and, unless noted, its content).</summary>
    public required string Lang { get; init; }

    public required string Dir { get; init; }

    /// <summary>The page's own title, without the site's.</summary>
    public required string Title { get; init; }

    /// <summary>The date the site's statuses (in force, upcoming…) were computed for: the build's as-of date.</summary>
    public required DateOnly StatusAsOf { get; init; }

    public required string SiteTitle { get; init; }

    /// <summary>The relative path to the site's root, e.g. "../../".</summary>
    public required string Root { get; init; }

    /// <summary>The page's path from the site's root.</summary>
    public required string Path { get; init; }

    public required string Stylesheet { get; init; }

    public required string EntryUrl { get; init; }

    public required string HomeUrl { get; init; }

    /// <summary>The language switcher: this page in every language of the site.</summary>
    public required IReadOnlyList<LanguageLink> Languages { get; init; }

    /// <summary>The page for readers whose language the site does not have: the same page in the binding language.</summary>
    public required string DefaultLanguageUrl { get; init; }

    /// <summary>The page's absolute address under the site's base URL (null when the site has none).</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The Atom feeds this page announces with &lt;link rel="alternate"&gt;.</summary>
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    /// <summary>The link to the search page of the page's language; null when the site is built without search.</summary>
    public string? SearchUrl { get; init; }

    /// <summary>
    /// True when the page's text goes in the search index (templates mark it <c>data-pagefind-body</c>): each version's text
    /// once per language — the version featured on the policy's own page there, every other version on its permalink —
    /// and never a text shown in another language than the page's. False on every page of a site without search.
    /// </summary>
    public bool Searchable { get; init; }
}
