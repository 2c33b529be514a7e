using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// One block of the redline. <see cref="Cells"/> holds the segments of each cell (one cell, except in table
/// rows): word-level for a modified block, one segment of all its tokens for an unchanged, inserted or
/// deleted one.
/// </summary>
public sealed record BlockChange(ChangeKind Kind, DocumentBlock? Old, DocumentBlock? New, IReadOnlyList<IReadOnlyList<DiffSegment>> Cells)
{
    /// <summary>The block as the reader of the newer version places it (the old one when deleted).</summary>
    public DocumentBlock Block => New ?? Old!;
}
