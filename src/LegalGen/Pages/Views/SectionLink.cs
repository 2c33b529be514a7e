namespace LegalGen.Pages.Views;

/// <summary>A changed section, linking to its first change on the diff page.</summary>
public sealed record SectionLink(string Title, string Url, int Changes);
