namespace LegalGen.Pages.Views;

/// <summary>The "page not found" message in one language, with a link to that language's home.</summary>
public sealed record NotFoundMessage(string Lang, string Dir, string Title, string Text, string HomeUrl, string SiteTitle);
