namespace LegalGen.Import;

/// <summary>A file of the repository that holds a policy in one language, as named on the command line: <c>de=de/privacy.md</c>.</summary>
/// <param name="Path">Relative to the repository's top folder, forward slashes, as it is at the imported commit (or was last).</param>
public sealed record FileToImport(string Language, string Path);
