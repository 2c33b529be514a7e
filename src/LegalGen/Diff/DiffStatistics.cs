namespace LegalGen.Diff;

/// <summary>The counts shown at the top of a diff.</summary>
public sealed record DiffStatistics(int WordsInserted, int WordsDeleted, int BlocksInserted, int BlocksDeleted, int BlocksModified)
{
    public int BlocksChanged => BlocksInserted + BlocksDeleted + BlocksModified;

    public bool HasChanges => BlocksChanged > 0;
}
