namespace LegalGen.Import;

/// <summary>A commit as the report names it.</summary>
/// <param name="Day">The day of the commit, on the committer's calendar.</param>
/// <param name="Summary">Its one line (<see cref="CommitSummary"/>).</param>
public sealed record ReportedCommit(string ShortId, DateOnly Day, string Summary)
{
    internal static ReportedCommit Of(GitCommit commit) => new(commit.ShortId, commit.Day, CommitSummary.Of(commit));
}
