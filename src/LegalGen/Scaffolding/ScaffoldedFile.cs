namespace LegalGen.Scaffolding;

/// <summary>A version file <c>legalgen new</c> created.</summary>
/// <param name="Path">Relative to the content folder, forward slashes: <c>privacy/2026-03-01.pl.md</c>.</param>
/// <param name="CopiedFrom">The file whose text and title it copies (relative like <paramref name="Path"/>); null for a new policy.</param>
/// <param name="CopiedFromDate">The date of the version copied; older than the binding text's when a translation lags behind.</param>
public sealed record ScaffoldedFile(string Path, string Language, string? CopiedFrom, DateOnly? CopiedFromDate);
