namespace LegalGen.Diff;

/// <summary>What happened to a block between two versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Inserted,
    Deleted,

    /// <summary>The block is there in both versions with some words changed.</summary>
    Modified,
}
