namespace LegalGen.Redline.Model;

/// <summary>The counts shown at the top of a diff. Moved text counts as moved, not as deleted and inserted.</summary>
/// <param name="Changes">How many separate places changed (runs of consecutive changed blocks).</param>
/// <param name="FormattingChanges">
/// How many marks of formatting the newer text has: stretches of words reformatted or linked elsewhere, and blocks whose
/// level or list numbering changed (<see cref="FormatChange"/>).
/// </param>
public sealed record RedlineStatistics(int WordsInserted, int WordsDeleted, int BlocksInserted, int BlocksDeleted, int BlocksModified, int BlocksMoved = 0, int Changes = 0, int FormattingChanges = 0)
{
    public int BlocksChanged => BlocksInserted + BlocksDeleted + BlocksModified + BlocksMoved;

    public bool HasChanges => BlocksChanged > 0;
}
