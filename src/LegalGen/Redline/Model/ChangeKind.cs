namespace LegalGen.Redline.Model;

/// <summary>What happened to a block between two versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Inserted,
    Deleted,

    /// <summary>The block is there in both versions with some words changed.</summary>
    Modified,

    /// <summary>The block left this place: it reappears elsewhere (<see cref="MovedTo"/>, same move number).</summary>
    MovedFrom,

    /// <summary>The block arrived here from elsewhere, possibly with some words changed.</summary>
    MovedTo,
}
