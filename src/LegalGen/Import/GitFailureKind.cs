namespace LegalGen.Import;

/// <summary>Why git could not serve the import.</summary>
internal enum GitFailureKind
{
    /// <summary>There is no <c>git</c> program on the PATH.</summary>
    NotInstalled,

    /// <summary>The folder is not in a git repository.</summary>
    NotARepository,

    /// <summary>The folder is inside a repository's working tree, not at its top; the detail is the top folder.</summary>
    NotTopFolder,

    /// <summary>The revision names no commit.</summary>
    UnknownRevision,

    /// <summary>The repository has no commit yet.</summary>
    NoCommits,

    /// <summary>git failed for a reason of its own (a damaged repository, a folder it may not read).</summary>
    Failed,
}
