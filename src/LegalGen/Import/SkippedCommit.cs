namespace LegalGen.Import;

/// <summary>A commit of a file that gave no version and no translation, and why.</summary>
public sealed record SkippedCommit(string Language, string Path, ReportedCommit Commit, SkipReason Reason);
