using System.Text;
using CsCheck;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// Generators of hostile content: random bytes, the sample content mutated, YAML-ish and Markdown-ish text
/// assembled from the marks that matter to the parsers, and deep nesting.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>Every file of the sample content, as bytes.</summary>
    public static readonly byte[][] SampleFiles = Directory
        .EnumerateFiles(RepoPaths.SampleContent, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllBytes)
        .ToArray();

    private static readonly string[] YamlPieces =
    [
        "title", "summary", "changes", "draft", "editorial", "effective", "languages", "default_language", "base_url", "x",
        ":", ": ", " ", "\n", "\n  - ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "<<: ", "!!str ", "!!binary ", "'", "\"",
        "|", ">", "#", "---", "...", "true", "false", "null", "~", "2024-01-15", "pl", "en", "\t", "\r\n", "%YAML 1.2\n", "? ",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "\n", "\n\n", " ", "    ", "word", "Zażółć", "日本語", "#", "## ", "> ", ">", "- ", "* ", "+ ", "1. ", "a. ", "i) ",
        "*", "**", "_", "__", "~~", "`", "```", "~~~", "[", "]", "(", ")", "](", "![", "<", ">", "<script>", "&amp;", "&#0;",
        "\\", "{#id}", "{", "}", "|", "|-|", "+-+", "---", "===", "http://x.y", "a@b.cd", "javascript:x", "\t", "\u0301", "\uFFFD",
        "\u200B", "\r", "{onclick=alert(1)}", "{style=\"position:fixed\"}", "{#\"><img src=x onerror=alert(1)>}", "{.note}", "{tabindex=0 autofocus onfocus=x}",
        "<img src=x onerror=alert(1)>", "<a href=\"javascript:x\">", "\u001B", "\v", "&#27;", "\uFFFF",
    ];

    private static readonly string[] NestingMarks = ["> ", ">", "- ", "* ", "1. ", "  - ", "*", "**", "_", "[", "~~", "> - ", "`"];

    private static Gen<Action<List<byte>>> Mutation { get; } = Gen.OneOf(
        Gen.Select(Gen.Int.NonNegative, Gen.Byte, (at, b) => (Action<List<byte>>)(bytes =>
        {
            if (bytes.Count > 0) bytes[at % bytes.Count] = b;
        })),
        Gen.Select(Gen.Int.NonNegative, Gen.OneOf(MarkdownPieces.Concat(YamlPieces).ToArray()), (at, piece) => (Action<List<byte>>)(bytes =>
            bytes.InsertRange(at % (bytes.Count + 1), Encoding.UTF8.GetBytes(piece)))),
        Gen.Select(Gen.Int.NonNegative, Gen.Int[1, 200], (at, length) => (Action<List<byte>>)(bytes =>
        {
            if (bytes.Count == 0) return;
            var start = at % bytes.Count;
            bytes.RemoveRange(start, Math.Min(length, bytes.Count - start));
        })),
        Gen.Select(Gen.Int.NonNegative, Gen.Int[1, 8], Gen.Int[2, 500], (at, length, times) => (Action<List<byte>>)(bytes =>
        {
            if (bytes.Count == 0) return;
            var start = at % bytes.Count;
            var slice = bytes.GetRange(start, Math.Min(length, bytes.Count - start));
            for (var i = 0; i < times; i++) bytes.InsertRange(start, slice);
        })));

    private static readonly string[] ControlPieces =
    [
        "\0", "\v", "\f", "\u001B", "\u001B[31m", "\u001B]0;title\u0007", "\u007F", "\u0085", "\u009B", "\uFFFE", "\uFFFF", "\uFDD0",
        "\U0001FFFE", "\U0010FFFF", "\uD800", "\uDC00", "\uFEFF", "\u202E", "\u2028", "&#27;", "&#0;", "&#xFFFF;", "&#x85;", "\\e", "\\0", "\\x0B", "\\uFFFF",
    ];

    /// <summary>One line of text drawn from the whole Unicode range, with control characters and non-characters among it.</summary>
    public static Gen<string> AnyUnicodeLine { get; } =
        Gen.OneOf(Gen.Char.Select(c => c.ToString()), Gen.OneOf(ControlPieces), Gen.String[0, 5]).Array[0, 30]
            .Select(pieces => string.Concat(pieces).Replace("\n", " ").Replace("\r", " "));

    /// <summary>Bytes shown as the text an editor would show (invalid UTF-8 as U+FFFD), escaped, for failure reports.</summary>
    public static string Print(byte[] bytes) => System.Text.Json.JsonSerializer.Serialize(Encoding.UTF8.GetString(bytes));

    public static Gen<byte[]> RandomBytes { get; } = Gen.Byte.Array[0, 2_000];

    public static Gen<string> YamlIsh { get; } = Gen.OneOf(YamlPieces).Array[0, 80].Select(string.Concat);

    public static Gen<string> MarkdownIsh { get; } = Gen.OneOf(MarkdownPieces).Array[0, 200].Select(string.Concat);

    /// <summary>One nesting mark repeated up to thousands of times, with text around it.</summary>
    public static Gen<string> DeepNesting { get; } =
        Gen.Select(Gen.OneOf(NestingMarks), Gen.Int[0, 5_000], MarkdownIsh, (mark, n, text) =>
            new StringBuilder().Insert(0, mark, n).Append(text).ToString());

    /// <summary>A sample file with random bytes flipped, pieces inserted, slices deleted or repeated.</summary>
    public static Gen<byte[]> MutatedSample { get; } =
        Gen.Select(Gen.Int[0, SampleFiles.Length - 1], Mutation.Array[1, 8], (file, mutations) =>
        {
            var bytes = SampleFiles[file].ToList();
            foreach (var mutate in mutations) mutate(bytes);
            return bytes.ToArray();
        });

    /// <summary>A version file: front matter (usually valid, sometimes not) and a Markdown-ish body.</summary>
    public static Gen<string> VersionFileIsh { get; } =
        Gen.Select(Gen.Bool, YamlIsh, Gen.OneOf(MarkdownIsh, DeepNesting), (valid, yaml, body) =>
            valid ? $"---\ntitle: T\n---\n{body}" : $"---\n{yaml}\n---\n{body}");
}
