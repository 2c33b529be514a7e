using LegalGen.Diagnostics;

namespace LegalGen.Import;

/// <summary>The outcome of <c>legalgen import</c>: the report, or why nothing was written.</summary>
/// <param name="Report">What was found and done; null when nothing could be (see <see cref="UsageError"/> and the diagnostics).</param>
/// <param name="Diagnostics">Located problems in the content folder (an edited file in the way) or in the history (dates the texts state).</param>
public sealed record ImportResult(ImportReport? Report, IReadOnlyList<Diagnostic> Diagnostics, UsageError? UsageError = null)
{
    public bool Succeeded => Report is not null && UsageError is null && !Diagnostics.Any(d => d.IsError);
}
