namespace LegalGen.Import;

/// <summary>One version of the import, with how its date was found and the files it has.</summary>
/// <param name="Statement">The statement of the effective date in the binding text, where one dates the version.</param>
/// <param name="StatedIn">The binding file at the commit whose text states it: <c>en/privacy.md@1a2b3c4</c>.</param>
/// <param name="CorrectionOf">For a correction, the version it corrects.</param>
/// <param name="RescheduledFrom">The date it was first announced for, when it was moved before taking effect.</param>
/// <param name="Published">The day it was announced, when before it took effect.</param>
/// <param name="Commits">The binding text's commits folded into the version, oldest first.</param>
public sealed record ReportedVersion(
    DateOnly Date,
    DateOrigin Origin,
    DateStatement? Statement,
    string? StatedIn,
    DateOnly? CorrectionOf,
    DateOnly? RescheduledFrom,
    bool Editorial,
    DateOnly? Published,
    string? Summary,
    IReadOnlyList<string> Changes,
    IReadOnlyList<ReportedCommit> Commits,
    IReadOnlyList<ReportedFile> Files);
