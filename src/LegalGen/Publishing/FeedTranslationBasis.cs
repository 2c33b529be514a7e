namespace LegalGen.Publishing;

/// <summary>
/// An entry's translation made from an older binding version whose text has changed since, as a feed tells its
/// readers: the sentence the pages show, and absolute links to the binding text and to what changed in it.
/// </summary>
/// <param name="Label">"Translation of the version of …", the label of the entry's <c>translation-of</c> category.</param>
/// <param name="Notice">The sentence the version's page shows.</param>
/// <param name="BindingLanguage">The binding language, for the links' <c>hreflang</c>.</param>
public sealed record FeedTranslationBasis(
    string Label,
    string Notice,
    string BindingLanguage,
    string BindingUrl,
    string BindingTitle,
    string ChangesUrl,
    string ChangesTitle);
