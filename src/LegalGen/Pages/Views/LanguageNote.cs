namespace LegalGen.Pages.Views;

/// <summary>A sentence for the readers of another language than the page's, written in theirs.</summary>
public sealed record LanguageNote(string Lang, string Dir, string Text);
