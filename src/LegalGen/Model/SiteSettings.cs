namespace LegalGen.Model;

/// <summary>The settings of <c>content/site.yml</c>.</summary>
/// <param name="Languages">In the order of the language switcher; the default language is among them.</param>
/// <param name="DefaultLanguage">The binding (source) language of every policy.</param>
/// <param name="LanguageNames">Names for the language switcher given in site.yml, overriding the built-in native names.</param>
/// <param name="Keep">Files and folders in the output that a build carries over, besides CNAME and .nojekyll.</param>
/// <param name="RawHtml">What becomes of HTML written in the policies' Markdown.</param>
/// <param name="NoticePeriodDays">The fewest days a change must be announced before it takes effect (<c>notice_period_days:</c>), or null for no such rule.</param>
/// <param name="Withdrawals">The policies withdrawn from a date (<c>withdrawn:</c>).</param>
/// <param name="LanguageLocations">Where site.yml lists each language, for messages about a language.</param>
public sealed record SiteSettings(
    LocalizedText Title,
    Uri? BaseUrl,
    string DefaultLanguage,
    IReadOnlyList<string> Languages,
    IReadOnlyDictionary<string, string>? LanguageNames = null,
    IReadOnlyList<KeptPath>? Keep = null,
    RawHtmlMode RawHtml = RawHtmlMode.Sanitize,
    int? NoticePeriodDays = null,
    IReadOnlyList<Withdrawal>? Withdrawals = null,
    IReadOnlyDictionary<string, Diagnostics.SourceLocation>? LanguageLocations = null)
{
    /// <summary>The withdrawal of <paramref name="policy"/>, if site.yml declares one.</summary>
    public Withdrawal? WithdrawalOf(string policy) => Withdrawals?.FirstOrDefault(w => w.Policy == policy);
}
