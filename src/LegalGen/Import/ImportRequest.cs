namespace LegalGen.Import;

/// <summary>What to import: a policy's files from a git repository into a content folder.</summary>
/// <param name="Repository">The repository's top folder (or a bare repository).</param>
/// <param name="Policy">The slug of the policy: the folder the versions go to.</param>
/// <param name="Files">The policy's file in each language; the binding language (site.yml's default_language) among them.</param>
/// <param name="Revision">The commit to import up to (a branch, tag or id); HEAD when null.</param>
/// <param name="DatePatterns">Regular expressions that find effective dates before the built-in ones (see <see cref="EffectiveDateFinder"/>).</param>
/// <param name="DryRun">Report what would be written, and write nothing.</param>
public sealed record ImportRequest(
    string Repository,
    string Policy,
    IReadOnlyList<FileToImport> Files,
    string ContentFolder,
    string? Revision = null,
    IReadOnlyList<string>? DatePatterns = null,
    bool DryRun = false);
