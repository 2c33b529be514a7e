namespace LegalGen.Publishing;

/// <summary>One version as an Atom entry: its permalink is its id; its effective date is when it was "updated".</summary>
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
    FeedTranslationBasis? TranslationOf = null);
