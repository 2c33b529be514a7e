namespace LegalGen.Pages.Views;

/// <summary>
/// A translation made from an older binding version whose text has changed since: which version it reflects, and
/// where its readers find the binding text it does not.
/// </summary>
/// <param name="Date">The binding version the translation was made from, YYYY-MM-DD.</param>
/// <param name="BindingLang">The binding language.</param>
/// <param name="BindingLangName">The binding language's name.</param>
/// <param name="BindingUrl">The binding text of the version the translation is filed under.</param>
/// <param name="BindingDiffUrl">
/// What changed in the binding text from <paramref name="Date"/> to that version: their diff page in the binding
/// language, or the binding language's compare page where the pair has none.
/// </param>
public sealed record TranslationBasis(string Date, string BindingLang, string BindingLangName, string BindingUrl, string BindingDiffUrl);
