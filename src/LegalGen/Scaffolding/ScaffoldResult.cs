using LegalGen.Diagnostics;

namespace LegalGen.Scaffolding;

/// <summary>What <c>legalgen new</c> did: the files created, or why none were (nothing is written unless all can be).</summary>
/// <param name="UsageError">A mistake in how it was called (a policy name that is not a slug, a missing date), not in the content.</param>
public sealed record ScaffoldResult(IReadOnlyList<ScaffoldedFile> Files, IReadOnlyList<Diagnostic> Diagnostics, DateOnly Date, UsageError? UsageError = null)
{
    public bool Succeeded => Files.Count > 0;

    /// <summary>True when the policy had no versions and its first one was created.</summary>
    public bool IsNewPolicy => Files.Count == 1 && Files[0].CopiedFrom is null;

}
