namespace LegalGen.Import;

/// <summary>One commit as the import uses it.</summary>
/// <param name="Id">The full object id.</param>
/// <param name="ParentCount">Two or more for a merge.</param>
/// <param name="CommittedAt">When it was committed (the committer's date, in the committer's own time zone): when the text it holds was published on the branch.</param>
/// <param name="Message">The whole message, LF line endings.</param>
internal sealed record GitCommit(string Id, int ParentCount, DateTimeOffset CommittedAt, string Message)
{
    /// <summary>The day of the commit on the committer's calendar.</summary>
    public DateOnly Day => DateOnly.FromDateTime(CommittedAt.DateTime);

    public string ShortId => Id[..Math.Min(7, Id.Length)];
}
