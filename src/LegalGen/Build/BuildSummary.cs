using LegalGen.Output;

namespace LegalGen.Build;

/// <summary>What a successful build produced.</summary>
/// <param name="IndexFile">The full path of the site's entry page; null for a check, which writes nothing.</param>
/// <param name="Leftovers">Folders of old sites that could not be removed (the new site is in place all the same); the next build tries again.</param>
public sealed record BuildSummary(
    int Policies, int Versions, int Languages, int Pages, long Milliseconds, string? IndexFile, IReadOnlyList<LeftoverFolder>? Leftovers = null);
