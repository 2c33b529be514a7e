using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Finds Liquid and Jekyll tags (<c>{% include … %}</c>, <c>{{ site.email }}</c>) in a text, as texts moved from
/// a Jekyll or GitHub Pages site carry them. LegalGen does not run them, so each would be shown to readers as
/// written, in place of what it stood for: a located warning names the line. Code blocks and code spans, where such
/// tags are examples, are left alone.
/// </summary>
internal static partial class LiquidTags
{
    public static void Report(MarkdownDocument document, string[] lines, string file, int firstLine, DiagnosticBag diagnostics)
    {
        HashSet<int>? code = null;
        for (var line = 0; line < lines.Length; line++)
        {
            if (!lines[line].Contains("{%", StringComparison.Ordinal) && !lines[line].Contains("{{", StringComparison.Ordinal)) continue;
            code ??= CodeLines(document);
            if (code.Contains(line)) continue;
            var outsideCode = CodeSpan().Replace(lines[line], match => new string(' ', match.Length));
            if (Tag().Match(outsideCode) is not { Success: true } tag) continue;
            diagnostics.Warning(DiagnosticCodes.LiquidTag, new SourceLocation(file, firstLine + line, tag.Index + 1),
                $"'{Shortened(tag.Value)}' is a Liquid tag; LegalGen does not run Liquid, so readers would see it as written",
                "write out what the tag stood for (an address, a date, an included text), or put it in `backticks` if it is meant as an example");
        }
    }

    private static HashSet<int> CodeLines(MarkdownDocument document)
    {
        var lines = new HashSet<int>();
        foreach (var block in document.Descendants<CodeBlock>())
        {
            var last = block is FencedCodeBlock ? block.Line + block.Lines.Count + 1 : block.Line + block.Lines.Count - 1;
            for (var line = block.Line; line <= last; line++) lines.Add(line);
        }

        return lines;
    }

    private static string Shortened(string tag) => tag.Length <= 60 ? tag : tag[..57] + "…";

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}")]
    private static partial Regex Tag();

    [GeneratedRegex(@"(`+).*?\1")]
    private static partial Regex CodeSpan();
}
