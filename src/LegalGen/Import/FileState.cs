namespace LegalGen.Import;

/// <summary>A file of the repository as one commit left it.</summary>
/// <param name="Position">The commit's place in the first-parent history, 0 for the oldest: "before" between files of different histories.</param>
/// <param name="Path">The file's path in that commit (it may have been renamed since).</param>
/// <param name="Body">The text without foreign front matter: UTF-8 decoded, no byte-order mark, LF line endings. Null when the commit deleted the file or it cannot be read.</param>
/// <param name="Title">The title of the text: its front matter's <c>title:</c>, else its opening heading; null when it has neither.</param>
/// <param name="Visible">What a reader sees of the text (its title and rendered HTML, spacing collapsed): equal for texts that look the same.</param>
/// <param name="Normalized">The text with line endings, trailing spaces and final empty lines made uniform, to tell mere re-saving apart.</param>
/// <param name="Statements">Every statement of its effective date, as written.</param>
/// <param name="Unreadable">Why the text cannot be taken, when it cannot.</param>
internal sealed record FileState(
    GitCommit Commit,
    int Position,
    string Path,
    string? Body,
    string? Title,
    string? Visible,
    string? Normalized,
    IReadOnlyList<DateStatement> Statements,
    SkipReason? Unreadable = null)
{
    public bool Deleted => Body is null && Unreadable is null;

    public StatedDate? Stated { get; } = EffectiveDateFinder.Choose(Statements);

    /// <summary>How diagnostics name the file at this commit: <c>en/privacy.md@1a2b3c4</c>.</summary>
    public string Label => $"{Path}@{Commit.ShortId}";
}
