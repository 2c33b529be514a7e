namespace LegalGen.Import;

/// <summary>What an import found in the history and did with it, for the command to print.</summary>
/// <param name="Commit">The commit imported up to (short id).</param>
/// <param name="PolicyFolder">Relative to the content folder: the policy's slug.</param>
/// <param name="Skipped">Commits that changed nothing a reader sees, in history order.</param>
/// <param name="Deletions">Commits that deleted a file (by language), after which it has no text until it is added again.</param>
/// <param name="LeftAlone">Files an earlier import wrote that this history no longer gives (relative to the content folder): left as they are.</param>
public sealed record ImportReport(
    string Policy,
    string BindingLanguage,
    string Commit,
    string PolicyFolder,
    bool DryRun,
    IReadOnlyList<ReportedVersion> Versions,
    IReadOnlyList<SkippedCommit> Skipped,
    IReadOnlyList<(string Language, ReportedCommit Commit)> Deletions,
    IReadOnlyList<string> LeftAlone)
{
    public int FilesChanged => Versions.SelectMany(v => v.Files).Count(f => f.Outcome is FileOutcome.Written or FileOutcome.Updated);
}
