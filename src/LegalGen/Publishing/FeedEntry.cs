namespace LegalGen.Publishing;

/// <summary>
/// One version, or a policy's withdrawal, as an Atom entry: its permalink is its id; it is "updated" on the day it was
/// announced, as far as the build knows it (see <see cref="PublicationPlanner"/>).
/// </summary>
/// <param name="Published">The announcement date the content declares (<c>published:</c>), for Atom's <c>published</c>; null when it does not.</param>
/// <param name="TranslationOf">For a translation made from an older binding version whose text has changed since: what readers are told; else null.</param>
public sealed record FeedEntry(
    string Id,
    string Title,
    DateOnly Updated,
    string Url,
    string? DiffUrl,
    string DiffTitle,
    string Status,
    string StatusLabel,
    string? EditorialLabel,
    string TextLanguage,
    string? Summary,
    IReadOnlyList<string> Changes,
    string InForce,
    DateOnly? Published = null,
    FeedTranslationBasis? TranslationOf = null);
