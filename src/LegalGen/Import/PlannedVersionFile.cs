namespace LegalGen.Import;

/// <summary>One version file an import plans: its bytes, and what the report says of it.</summary>
/// <param name="Version">The index of its version.</param>
/// <param name="Text">The commit of the file whose text it holds.</param>
/// <param name="Translation">For a translation, how it was filed.</param>
/// <param name="ContentPath">Relative to the content folder: <c>privacy/2026-05-04.de.md</c>.</param>
internal sealed record PlannedVersionFile(
    ImportWriter.PlannedFile File, int Version, string Language, FileState Text, DateOnly? TranslationOf, PlannedTranslation? Translation, string ContentPath);
