using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>One row of the parallel-language view: a block of the binding text and its translation.</summary>
/// <param name="Matched">False where the two structures drift apart (one side empty, or different kinds of block).</param>
public sealed record ParallelRow(RawHtml Source, RawHtml Translation, bool Matched);
