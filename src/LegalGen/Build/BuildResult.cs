using LegalGen.Diagnostics;
using LegalGen.Output;
using LegalGen.Pdf;

namespace LegalGen.Build;

/// <summary>The outcome of a build: the diagnostics, and either a summary or why nothing was written.</summary>
/// <param name="UsageError">A mistake in how the build was called (not in the content), e.g. an unsafe output folder.</param>
/// <param name="OutputFault">The machine could not take the site (a full disk, a read-only file system…); the previous site is as it was.</param>
/// <param name="PdfFailure">The PDFs could not be made (no browser, a page that did not print); the previous site is as it was.</param>
/// <param name="SearchFault">The site's search index could not be made (the indexer failed); the previous site is as it was.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics, BuildSummary? Summary, UsageError? UsageError = null, OutputFault? OutputFault = null,
    PdfFailure? PdfFailure = null, Search.SearchFault? SearchFault = null)
{
    public bool Succeeded => Summary is not null;
}
