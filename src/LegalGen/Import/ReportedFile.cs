namespace LegalGen.Import;

/// <summary>One version file of the import.</summary>
/// <param name="Path">Relative to the content folder: <c>privacy/2026-05-04.de.md</c>.</param>
/// <param name="Source">The commit whose text the file holds.</param>
/// <param name="SourcePath">The file's path in the repository at that commit.</param>
/// <param name="TranslatedAt">For a translation, the commit that last changed what a reader sees of it (a re-saved file translates nothing).</param>
/// <param name="TranslationOf">For a translation, the binding version it translates.</param>
/// <param name="UnmatchedStatement">For a translation that states an effective date no binding version up to this one states.</param>
/// <param name="Commits">For a translation, its commits in this version's time that changed what a reader sees; empty when it carried over unchanged.</param>
public sealed record ReportedFile(
    string Language,
    string Path,
    FileOutcome Outcome,
    ReportedCommit Source,
    string SourcePath,
    ReportedCommit? TranslatedAt = null,
    DateOnly? TranslationOf = null,
    TranslationOrigin? Origin = null,
    DateStatement? UnmatchedStatement = null,
    IReadOnlyList<ReportedCommit>? Commits = null);
