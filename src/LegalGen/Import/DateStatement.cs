namespace LegalGen.Import;

/// <summary>A place where a text states its effective date.</summary>
/// <param name="Date">The day stated; null when the words name no real day (31 April).</param>
/// <param name="Text">The statement as written, e.g. <c>Effective May 4, 2026</c>.</param>
/// <param name="Line">1-based, in the file as committed.</param>
/// <param name="Column">1-based.</param>
public sealed record DateStatement(DateOnly? Date, StatementKind Kind, string Text, int Line, int Column);
