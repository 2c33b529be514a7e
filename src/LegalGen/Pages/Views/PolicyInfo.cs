namespace LegalGen.Pages.Views;

/// <summary>The policy a page belongs to, with links to its main pages.</summary>
/// <param name="Title">The title of the featured (current) version in the page's language.</param>
public sealed record PolicyInfo(string Slug, string Title, string Url, string ChangesUrl, string CompareUrl, VersionLink? Current, VersionLink? Upcoming);
