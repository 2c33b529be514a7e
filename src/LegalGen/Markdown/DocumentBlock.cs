namespace LegalGen.Markdown;

/// <summary>
/// One block of a rendered policy as a reader sees it: a heading, a paragraph, a list item, a table row…
/// </summary>
/// <param name="Level">Heading level, list nesting depth (1 = top level), or 1 for a table's header row.</param>
/// <param name="Anchor">The heading's id, for headings.</param>
/// <param name="Marker">The list item's marker as the reader sees it ("•", "1.", "a)").</param>
/// <param name="Cells">The block's text: one cell, except for table rows.</param>
/// <param name="SectionAnchor">The id of the heading this block belongs to, if any.</param>
/// <param name="SectionTitle">The plain text of that heading.</param>
/// <param name="Line">The 1-based line of the Markdown text where the block starts, for locating messages.</param>
public sealed record DocumentBlock(
    BlockKind Kind,
    int Level,
    string? Anchor,
    string? Marker,
    IReadOnlyList<IReadOnlyList<InlineRun>> Cells,
    string? SectionAnchor,
    string? SectionTitle,
    int Line = 0)
{
    /// <summary>
    /// For a list item: the marker its list starts with ("•" for bullets, "1.", "3.", "a)"), which says how the list is
    /// numbered; an item inserted into the list leaves it as it is.
    /// </summary>
    public string? ListStart { get; init; }

    /// <summary>For a heading: the other ids it answers to on the page (the one it had before ids followed GitHub's rule).</summary>
    public IReadOnlyList<string> AliasIds { get; init; } = [];

    public string PlainText => string.Join(" | ", Cells.Select(c => string.Concat(c.Select(r => r.Text))));
}
