namespace LegalGen.Pages.Views;

/// <summary>An Atom feed a page links to.</summary>
public sealed record FeedLink(string Title, string Url);
