namespace LegalGen.Redline.Model;

/// <summary>The counts shown at the top of a diff. Moved text counts as moved, not as deleted and inserted.</summary>
/// <param name="Changes">How many separate places changed (runs of consecutive changed blocks).</param>
public sealed record RedlineStatistics(int WordsInserted, int WordsDeleted, int BlocksInserted, int BlocksDeleted, int BlocksModified, int BlocksMoved = 0, int Changes = 0)
{
    public int BlocksChanged => BlocksInserted + BlocksDeleted + BlocksModified + BlocksMoved;

    public bool HasChanges => BlocksChanged > 0;
}
