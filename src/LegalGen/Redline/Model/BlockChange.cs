using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>
/// One block of the redline. <see cref="Cells"/> holds the segments of each cell (one cell, except in table
/// rows): word-level for a modified or moved-here block, one segment of all its tokens otherwise.
/// </summary>
/// <param name="OldIndex">The block's position in the older version's blocks, or -1.</param>
/// <param name="NewIndex">The block's position in the newer version's blocks, or -1.</param>
/// <param name="Move">For moved blocks, the number that pairs the place it left with the place it reached; else 0.</param>
public sealed record BlockChange(
    ChangeKind Kind,
    DocumentBlock? Old,
    DocumentBlock? New,
    IReadOnlyList<IReadOnlyList<RedlineSegment>> Cells,
    int OldIndex = -1,
    int NewIndex = -1,
    int Move = 0)
{
    /// <summary>The block as the reader sees it at this place: the newer version's, else the older one's.</summary>
    public DocumentBlock Block => Kind == ChangeKind.MovedFrom ? Old! : New ?? Old!;

    /// <summary>True for blocks of the older version at this place (everything but inserted and moved-here blocks).</summary>
    public bool IsInOld => Kind is ChangeKind.Unchanged or ChangeKind.Modified or ChangeKind.Deleted or ChangeKind.MovedFrom;

    /// <summary>True for blocks of the newer version at this place (everything but deleted and moved-away blocks).</summary>
    public bool IsInNew => Kind is ChangeKind.Unchanged or ChangeKind.Modified or ChangeKind.Inserted or ChangeKind.MovedTo;
}
