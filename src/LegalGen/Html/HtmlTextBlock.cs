namespace LegalGen.Html;

/// <summary>
/// One block of text read from sanitized HTML, as a reader sees it: a heading, a paragraph, a list item, a table row…
/// The Markdown side turns it into the same block a Markdown text would give.
/// </summary>
/// <param name="Level">Heading level, list nesting depth (1 = top level), 1 for a table's header row, else 0.</param>
/// <param name="Id">The heading's id, for headings that have one.</param>
/// <param name="Marker">The list item's marker as the reader sees it ("•", "1.", "a.").</param>
/// <param name="Cells">The block's text: one cell, except for table rows.</param>
/// <param name="Line">The 1-based line in the HTML where the block starts.</param>
public sealed record HtmlTextBlock(HtmlBlockKind Kind, int Level, string? Id, string? Marker, IReadOnlyList<IReadOnlyList<HtmlTextRun>> Cells, int Line)
{
    /// <summary>For a list item: the marker its list starts with ("•", "1.", "3.", "a."), which says how the list is numbered.</summary>
    public string? ListStart { get; init; }
}
