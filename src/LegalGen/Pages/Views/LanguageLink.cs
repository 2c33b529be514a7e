namespace LegalGen.Pages.Views;

/// <summary>One entry of the language switcher: the same page in another language.</summary>
/// <param name="Url">The link from the current page.</param>
/// <param name="Path">The page's path from the site's root (for sitemaps and absolute links).</param>
/// <param name="IsEquivalent">
/// True when the target is this very page in that language (an hreflang alternate); false when the
/// switcher leads to the nearest page instead (e.g. a parallel view's language that has no translation).
/// </param>
public sealed record LanguageLink(string Code, string Name, string Dir, string Url, bool IsCurrent, string Path = "", bool IsEquivalent = true);
