namespace LegalGen.Pages.Views;

/// <summary>A heading in a version's contents, with the headings of its section below it.</summary>
/// <param name="Level">The heading's level (2 for <c>##</c>).</param>
/// <param name="Id">Its anchor, as in the flat list of headings (<see cref="Markdown.TocEntry"/>).</param>
/// <param name="Entries">The headings of lower levels up to the next heading of its level or higher.</param>
public sealed record ContentsEntry(int Level, string Id, string Text, IReadOnlyList<ContentsEntry> Entries);
