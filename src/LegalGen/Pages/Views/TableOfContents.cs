namespace LegalGen.Pages.Views;

/// <summary>
/// A version's contents: its headings as nested lists, each heading's subheadings in a list inside its item, so that
/// a numbered list numbers each level from 1 (2, then 2's subsections 1, 2…) rather than running on across levels.
/// </summary>
/// <param name="IsNumbered">False when the headings carry their own numbers (<see cref="HeadingNumbers"/>): the lists are then written without numbers of their own.</param>
/// <param name="Entries">The top-level headings, each with the headings below it.</param>
public sealed record TableOfContents(bool IsNumbered, IReadOnlyList<ContentsEntry> Entries)
{
    public static readonly TableOfContents Empty = new(true, []);
}
