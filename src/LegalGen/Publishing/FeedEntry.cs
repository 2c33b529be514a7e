namespace LegalGen.Publishing;

/// <summary>One version as an Atom entry: its permalink is its id; its effective date is when it was "updated".</summary>
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
    string InForce);
