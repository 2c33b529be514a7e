namespace LegalGen.Build;

/// <summary>What a successful build produced.</summary>
/// <param name="IndexFile">The full path of the site's entry page; null for a check, which writes nothing.</param>
public sealed record BuildSummary(int Policies, int Versions, int Languages, int Pages, long Milliseconds, string? IndexFile);
