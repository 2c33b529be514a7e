using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// One block of the redline. <see cref="Cells"/> holds the word-level segments of each cell (one cell,
/// except in table rows) for modified blocks; a whole inserted or deleted block has one segment of all its
/// words; an unchanged block has none.
/// </summary>
public sealed record BlockChange(ChangeKind Kind, DocumentBlock? Old, DocumentBlock? New, IReadOnlyList<IReadOnlyList<DiffSegment>> Cells)
{
    /// <summary>The block as the reader of the newer version places it (the old one when deleted).</summary>
    public DocumentBlock Block => New ?? Old!;
}
