namespace LegalGen.Model;

/// <summary>
/// One version of one policy in one language: one file <c>&lt;policy&gt;/&lt;date&gt;.&lt;lang&gt;.md</c>.
/// </summary>
/// <param name="Body">The Markdown after the front matter, LF line endings.</param>
/// <param name="BodyStartLine">The file line on which <paramref name="Body"/> starts, for locating messages.</param>
/// <param name="SourcePath">Relative to the content folder, forward slashes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes as stored.</param>
/// <param name="FrontMatter">The front matter as written, for tools that write the next version.</param>
/// <param name="Published">The day the version was announced (<c>published:</c>), where the file declares it.</param>
/// <param name="WordingDigest">
/// Lower-case hex SHA-256 of the title and text as a reader sees their words (see <c>Content.Wording</c>): equal for two
/// files whose wording is the same, whatever their front matter, line endings or trailing spaces.
/// </param>
/// <param name="TranslationOf">
/// The binding version this text was translated from, when older than its own: declared in front matter
/// (<c>translation_of:</c>), or found because its text is the previous version's word for word while the binding text
/// changed. Null when it translates its own version, and for the binding text.
/// </param>
public sealed record Translation(
    string Language,
    string Title,
    string? Summary,
    IReadOnlyList<string> Changes,
    bool Draft,
    bool Editorial,
    string Body,
    int BodyStartLine,
    string SourcePath,
    string Sha256,
    FrontMatter FrontMatter,
    DeclaredDate? Published = null,
    string WordingDigest = "",
    DateOnly? TranslationOf = null)
{
    /// <summary>Whether this text and <paramref name="other"/> have the same wording (see <see cref="WordingDigest"/>).</summary>
    public bool ReadsAs(Translation other) => WordingDigest == other.WordingDigest;
}
