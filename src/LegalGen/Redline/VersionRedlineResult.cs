using LegalGen.Diagnostics;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>The outcome of comparing two versions: the comparison, or the content errors or usage mistake that prevented it.</summary>
/// <param name="UsageError">An unknown policy, version or language, with what exists instead.</param>
public sealed record VersionRedlineResult(VersionRedline? Comparison, IReadOnlyList<Diagnostic> Diagnostics, string? UsageError = null)
{
    /// <summary>0 success, 1 content errors, 2 usage errors — the exit codes of the <c>legalgen</c> command.</summary>
    public int ExitCode => UsageError is not null ? 2 : Comparison is not null ? 0 : 1;
}
