namespace LegalGen.Import;

/// <summary>A commit of the first-parent history that changed one file: the file's path in that commit, and whether it deleted it.</summary>
internal sealed record FileChange(string CommitId, string Path, bool Deleted);
