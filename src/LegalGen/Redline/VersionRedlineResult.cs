using LegalGen.Diagnostics;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>The outcome of comparing two versions: the comparison, or the content errors or usage mistake that prevented it.</summary>
/// <param name="UsageError">An unknown policy, version or language, with what exists instead.</param>
public sealed record VersionRedlineResult(VersionRedline? Comparison, IReadOnlyList<Diagnostic> Diagnostics, UsageError? UsageError = null)
{
}
