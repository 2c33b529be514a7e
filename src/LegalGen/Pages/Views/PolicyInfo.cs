namespace LegalGen.Pages.Views;

/// <summary>The policy a page belongs to, with links to its main pages.</summary>
/// <param name="Title">The title of the featured (current) version in the page's language.</param>
/// <param name="WithdrawnOn">The day the policy is withdrawn, YYYY-MM-DD, whether that day has come or not; null when it is not withdrawn.</param>
/// <param name="IsWithdrawn">The withdrawal has taken effect on the build's as-of date: no version is in force.</param>
/// <param name="TitleLang">The title's language: the page's, or the binding language where the policy has no translation into it yet.</param>
public sealed record PolicyInfo(
    string Slug,
    string Title,
    string Url,
    string ChangesUrl,
    string CompareUrl,
    VersionLink? Current,
    VersionLink? Upcoming,
    string? WithdrawnOn = null,
    bool IsWithdrawn = false,
    string TitleLang = "");
