namespace LegalGen.Import;

/// <summary>
/// git could not do what the import asked of it: it is not installed, the folder is not a repository, a revision
/// does not exist, or git itself failed. Raised only by <see cref="GitRepository"/> and turned into a usage error
/// by <see cref="HistoryImporter"/>, so no caller ever sees it.
/// </summary>
internal sealed class GitFailure(GitFailureKind kind, string detail) : Exception(detail)
{
    public GitFailureKind Kind { get; } = kind;

    /// <summary>What git said (its last line of error output), or the folder a <see cref="GitFailureKind.NotTopFolder"/> failure names.</summary>
    public string Detail { get; } = detail;
}
