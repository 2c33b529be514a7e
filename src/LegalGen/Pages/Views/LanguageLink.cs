namespace LegalGen.Pages.Views;

/// <summary>One entry of the language switcher: the same page in another language.</summary>
public sealed record LanguageLink(string Code, string Name, string Dir, string Url, bool IsCurrent);
