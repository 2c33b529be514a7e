namespace LegalGen.Model;

/// <summary>The settings of <c>content/site.yml</c>.</summary>
/// <param name="Languages">In the order of the language switcher; the default language is among them.</param>
/// <param name="DefaultLanguage">The binding (source) language of every policy.</param>
/// <param name="LanguageNames">Names for the language switcher given in site.yml, overriding the built-in native names.</param>
/// <param name="Keep">Files and folders in the output that a build carries over, besides CNAME and .nojekyll.</param>
/// <param name="RawHtml">What becomes of HTML written in the policies' Markdown.</param>
public sealed record SiteSettings(
    LocalizedText Title,
    Uri? BaseUrl,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string>? LanguageNames = null,
    IReadOnlyList<KeptPath>? Keep = null,
    RawHtmlMode RawHtml = RawHtmlMode.Sanitize);
