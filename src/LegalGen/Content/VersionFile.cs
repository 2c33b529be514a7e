using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>A version file read and validated on its own, before it is placed in its policy's history.</summary>
/// <param name="SummaryLocation">Where to point when the summary is missing.</param>
/// <param name="TranslationOfLocation">Where <c>translation_of:</c>'s date is written, when it is.</param>
internal sealed record VersionFile(string Policy, DateOnly Date, Translation Translation, SourceLocation SummaryLocation, SourceLocation? TranslationOfLocation = null);
