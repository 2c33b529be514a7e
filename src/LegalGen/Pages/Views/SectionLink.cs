namespace LegalGen.Pages.Views;

/// <summary>A changed section, linking to its first change on the diff page.</summary>
/// <param name="Lang">The language of the section's title (the binding language when the diff falls back to it).</param>
public sealed record SectionLink(string Title, string Lang, string Url, int Changes);
