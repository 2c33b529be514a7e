namespace LegalGen.Pages.Views;

/// <summary>A sentence for the readers of another language than the page's, written in theirs, with its name (in itself) to say whose it is.</summary>
public sealed record LanguageNote(string Lang, string Dir, string Name, string Text);
