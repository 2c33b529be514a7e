using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>
/// One block of the redline. <see cref="Cells"/> holds the segments of each cell (one cell, except in table
/// rows): word-level for a modified or moved-here block, one segment of all its tokens otherwise. A modified block
/// always has something marked: words deleted or inserted, words reformatted, or a change of the block's <see cref="Formatting"/>.
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

    /// <summary>
    /// For a modified or moved-here block: what changed in the block as a whole though its words did not — its heading
    /// level, its depth in lists, how its list is numbered (<see cref="LevelChange"/>, <see cref="ListNumberingChange"/>).
    /// </summary>
    public IReadOnlyList<FormatChange> Formatting { get; init; } = [];
}
