namespace LegalGen.Content;

/// <summary>A version file known by its name: <c>privacy/2024-01-15.pl.md</c> (relative to the content folder).</summary>
internal sealed record ListedVersionFile(string RelativePath, DateOnly Date, string Language);
