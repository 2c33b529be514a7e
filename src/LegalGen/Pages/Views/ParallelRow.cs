using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>One row of the parallel-language view: a block of the binding text and its translation.</summary>
/// <param name="Source">The binding text's block as HTML (<see cref="Markdown.BlockHtmlWriter"/>); null where the translation has a block the binding text lacks.</param>
/// <param name="Translation">The translation's block as HTML; null where it lacks one of the binding text's.</param>
/// <param name="Matched">False where the two structures drift apart (one side empty, or different kinds of block).</param>
public sealed record ParallelRow(HtmlFragment? Source, HtmlFragment? Translation, bool Matched);
