using System.Globalization;
using System.Security.Cryptography;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>
/// Reads one <c>&lt;date&gt;.&lt;lang&gt;.md</c> file: encoding, front matter, typed keys. Give each file its own
/// <see cref="DiagnosticBag"/>: a file with any error yields null.
/// </summary>
internal static class VersionFileReader
{
    /// <param name="summaryRequired">False to accept an empty <c>summary:</c> as none (for editors' commands on a version being written).</param>
    public static VersionFile? Read(string policy, VersionFileName name, string language, string file, byte[] bytes, bool summaryRequired, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, file, diagnostics);
        if (text is null) return null;

        var split = FrontMatterSplitter.Split(text, file, diagnostics);
        if (split is null) return null;

        if (split.Yaml.Length > ContentLimits.MaxFrontMatterCharacters)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterTooLarge, new SourceLocation(file, split.YamlStartLine, 1),
                $"the front matter is {split.Yaml.Length / 1024} K characters long; the limit is {ContentLimits.MaxFrontMatterCharacters / 1024} K",
                "keep the title, summary and change bullets short; the policy's text goes after the closing '---'");
            return null;
        }

        var fields = YamlFields.Parse(split.Yaml, file, split.YamlStartLine, FrontMatterKeys.All, "front matter", diagnostics);
        if (fields is null) return null;

        var errorsBefore = diagnostics.ErrorCount;
        var title = fields.Text(FrontMatterKeys.Title, required: true, "add a line 'title: <the policy's title>' to the front matter");
        var summary = !fields.Has(FrontMatterKeys.Summary) ? null
            : summaryRequired || !fields.IsEmpty(FrontMatterKeys.Summary)
                ? fields.Text(FrontMatterKeys.Summary, required: false, "write one line saying what changed in this version, e.g. 'summary: Logs are kept for 12 months.'")
                : null;
        var changes = fields.TextList(FrontMatterKeys.Changes, "Logs are kept for 12 months.");
        var draft = fields.Flag(FrontMatterKeys.Draft);
        var editorial = fields.Flag(FrontMatterKeys.Editorial);
        var published = fields.Date(FrontMatterKeys.Published, "2025-01-15");
        var translationOf = fields.Date(FrontMatterKeys.TranslationOf, "2024-01-15");
        CheckEffectiveDate(fields, name.Date, diagnostics);

        TextBlocks.CheckSize(split.Body, file, split.BodyStartLine, diagnostics);
        if (title is null || diagnostics.ErrorCount > errorsBefore) return null;

        var translation = new Translation(
            language,
            title,
            summary,
            changes,
            draft,
            editorial,
            split.Body,
            split.BodyStartLine,
            file,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            new FrontMatter(split.Yaml, fields.KeyLines, bytes.AsSpan().IndexOf("\r\n"u8) >= 0),
            published,
            Wording.DigestOf(title, split.Body),
            translationOf?.Date);
        var summaryAt = fields.Has(FrontMatterKeys.Summary) ? fields.KeyLocation(FrontMatterKeys.Summary) : fields.Location;
        var translationOfAt = translationOf?.Location;
        return new VersionFile(policy, name.Date, translation, summaryAt, translationOfAt);
    }

    private static void CheckEffectiveDate(YamlFields fields, DateOnly fileDate, DiagnosticBag diagnostics)
    {
        if (!fields.Has(FrontMatterKeys.Effective)) return;
        var value = fields.Text(FrontMatterKeys.Effective, required: false, "");
        if (value is null) return;
        var expected = DateKey.Of(fileDate);
        if (value != expected)
        {
            diagnostics.Error(DiagnosticCodes.EffectiveDateMismatch, fields.At(fields.Node(FrontMatterKeys.Effective)!),
                $"'effective: {value}' does not match the date in the file name ({expected})",
                "the file name sets the effective date; remove 'effective:' or make it the same date");
        }
    }
}
