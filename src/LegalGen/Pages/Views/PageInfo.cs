namespace LegalGen.Pages.Views;

/// <summary>What every page template (and the layout) gets as <c>page</c>.</summary>
/// <param name="Kind">index, home, policy, version, changes or diff.</param>
/// <param name="Lang">The page's language (its interface text and, unless noted, its content).</param>
/// <param name="Title">The page's own title, without the site's.</param>
/// <param name="Root">The relative path to the site's root, e.g. "../../".</param>
/// <param name="Path">The page's path from the site's root.</param>
/// <param name="CanonicalUrl">The page's absolute address under the site's base URL (null when the site has none).</param>
/// <param name="Feeds">The Atom feeds this page announces with &lt;link rel="alternate"&gt;.</param>
/// <param name="DefaultLanguageUrl">The page for readers whose language the site does not have: the same page in the binding language.</param>
public sealed record PageInfo(
    string Kind,
    string Lang,
    string Dir,
    string Title,
    string SiteTitle,
    string Root,
    string Path,
    string Stylesheet,
    string EntryUrl,
    string HomeUrl,
    List<LanguageLink> Languages,
    string DefaultLanguageUrl,
    string? CanonicalUrl = null,
    List<FeedLink>? Feeds = null);
