namespace LegalGen.Model;

/// <summary>A version file's front matter as written — its YAML text and where each top-level key starts — so a new version can copy it with its comments and quoting.</summary>
/// <param name="Yaml">The text between the two <c>---</c> lines, LF line endings.</param>
/// <param name="KeyLines">Each top-level key and the line of <paramref name="Yaml"/> it starts on (from 1), in order.</param>
/// <param name="UsesCrlf">The file was saved with CRLF line endings.</param>
public sealed record FrontMatter(string Yaml, IReadOnlyList<(string Key, int Line)> KeyLines, bool UsesCrlf);
