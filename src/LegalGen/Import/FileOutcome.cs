namespace LegalGen.Import;

/// <summary>What the import did, or would do, with one version file.</summary>
public enum FileOutcome
{
    /// <summary>A new file.</summary>
    Written,

    /// <summary>A file an earlier import wrote, untouched since, brought up to date with the history.</summary>
    Updated,

    /// <summary>The file is already as the history gives it.</summary>
    Unchanged,

    /// <summary>A file edited since an earlier import, for which the history has nothing new: left as the editor made it.</summary>
    KeptEdited,
}
