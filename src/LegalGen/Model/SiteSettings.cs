namespace LegalGen.Model;

/// <summary>The settings of <c>content/site.yml</c>.</summary>
/// <param name="Languages">In the order of the language switcher; the default language is among them.</param>
/// <param name="DefaultLanguage">The binding (source) language of every policy.</param>
public sealed record SiteSettings(
    LocalizedText Title,
    Uri? BaseUrl,
    string DefaultLanguage,
    IReadOnlyList<string> Languages);
