using LegalGen.Diagnostics;
using LegalGen.Output;

namespace LegalGen.Build;

/// <summary>The outcome of a build: the diagnostics, and either a summary or why nothing was written.</summary>
/// <param name="UsageError">A mistake in how the build was called (not in the content), e.g. an unsafe output folder.</param>
/// <param name="OutputFault">The machine could not take the site (a full disk, a read-only file system…); the previous site is as it was.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, BuildSummary? Summary, string? UsageError = null, OutputFault? OutputFault = null)
{
    public bool Succeeded => Summary is not null;

    /// <summary>
    /// 0 success, 1 content errors, 2 usage errors, 74 the site could not be written (EX_IOERR in sysexits.h)
    /// — the exit codes of the <c>legalgen</c> command.
    /// </summary>
    public int ExitCode => UsageError is not null ? 2 : OutputFault is not null ? 74 : Succeeded ? 0 : 1;
}
