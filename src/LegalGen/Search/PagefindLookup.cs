using LegalGen.Diagnostics;

namespace LegalGen.Search;

/// <summary>Where Pagefind was looked for, and what was found.</summary>
/// <param name="Program">The program found, a full path; null when none was.</param>
/// <param name="FoundBy">How it was found, for people: "named for this build", "named by LEGALGEN_PAGEFIND", "found in '/repo/node_modules'", "found on PATH".</param>
/// <param name="Looked">Where it was looked for, in order, for the note that says it was not found.</param>
/// <param name="Error">A program named by the caller or the environment that is not there: a mistake in how LegalGen was called.</param>
public sealed record PagefindLookup(string? Program, string? FoundBy, IReadOnlyList<string> Looked, UsageError? Error = null)
{
    public bool Found => Program is not null;
}
