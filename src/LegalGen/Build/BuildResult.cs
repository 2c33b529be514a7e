using LegalGen.Diagnostics;

namespace LegalGen.Build;

/// <summary>The outcome of a build: the diagnostics, and either a summary or why nothing was written.</summary>
/// <param name="UsageError">A mistake in how the build was called (not in the content), e.g. an unsafe output folder.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, BuildSummary? Summary, string? UsageError = null)
{
    public bool Succeeded => Summary is not null;

    /// <summary>0 success, 1 content errors, 2 usage errors — the exit codes of the <c>legalgen</c> command.</summary>
    public int ExitCode => UsageError is not null ? 2 : Succeeded ? 0 : 1;
}
