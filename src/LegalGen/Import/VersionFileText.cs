using System.Text;
using LegalGen.Model;

namespace LegalGen.Import;

/// <summary>
/// The text of a version file the import writes: LegalGen's front matter — <c>title</c>, <c>summary</c> (a commit's
/// summary, for the editor to make readable), <c>changes</c> (the other commits folded into the version),
/// <c>editorial</c>, <c>published</c>, <c>translation_of</c> — then the text as committed, without the front matter
/// it had for another tool. LF line endings, no byte-order mark, one final newline.
/// </summary>
internal static class VersionFileText
{
    // Front-matter keys as docs/content.md names them.
    private const string TranslationOfKey = "translation_of";
    private const string PublishedKey = "published";

    public static string Compose(string title, string? summary, IReadOnlyList<string> changes, bool editorial, DateOnly? published, DateOnly? translationOf, string body)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlText.Quoted(title)).Append('\n');
        if (summary is not null) text.Append("summary: ").Append(YamlText.Quoted(summary)).Append('\n');
        if (changes.Count > 0)
        {
            text.Append("changes:\n");
            foreach (var change in changes) text.Append("  - ").Append(YamlText.Quoted(change)).Append('\n');
        }

        if (editorial) text.Append("editorial: true\n");
        if (published is { } announced) text.Append(PublishedKey).Append(": ").Append(DateKey.Of(announced)).Append('\n');
        if (translationOf is { } of) text.Append(TranslationOfKey).Append(": ").Append(DateKey.Of(of)).Append('\n');
        text.Append("---\n\n");
        var trimmed = body.TrimStart('\n').TrimEnd();
        return text.Append(trimmed).Append('\n').ToString();
    }
}
