using LegalGen.Model;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// What becomes of HTML written in the Markdown before anything is rendered. HTML comments are editors' notes
/// (<c>&lt;!-- markdownlint-disable --&gt;</c>) and never reach a page, whatever the mode. With
/// <see cref="RawHtmlMode.Text"/>, every other tag becomes the literal text it is: an HTML block a paragraph of its
/// lines, an inline tag its characters, escaped when written. With <see cref="RawHtmlMode.Sanitize"/> the HTML stays,
/// for the sanitizer to keep to the allow-list.
/// </summary>
internal static class RawHtmlPolicy
{
    public static void Apply(MarkdownDocument document, RawHtmlMode mode)
    {
        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            if (IsComment(inline.Tag)) inline.Remove();
            else if (mode == RawHtmlMode.Text) inline.ReplaceBy(new LiteralInline(inline.Tag) { Line = inline.Line, Column = inline.Column, Span = inline.Span });
        }

        foreach (var html in document.Descendants<HtmlBlock>().ToList())
        {
            if (html.Parent is not { } parent) continue;
            var lines = WithoutComments(string.Join('\n', LinesOf(html))).Split('\n').ToList();
            if (lines.All(string.IsNullOrWhiteSpace))
            {
                parent.Remove(html);
                continue;
            }

            if (mode == RawHtmlMode.Text) parent[parent.IndexOf(html)] = AsParagraph(html, lines);
        }
    }

    /// <summary>
    /// The HTML written in <paramref name="root"/>, piece by piece, where each starts (0-based line and column of the
    /// text): an HTML block's lines joined, or an inline tag.
    /// </summary>
    internal static IEnumerable<(string Html, int Line, int Column)> Pieces(MarkdownObject root)
    {
        foreach (var node in root.Descendants())
        {
            if (node is HtmlBlock block) yield return (string.Join('\n', LinesOf(block)), block.Line, block.Column);
            else if (node is HtmlInline inline) yield return (inline.Tag, inline.Line, inline.Column);
        }
    }

    /// <summary>The text of an HTML block's lines, each as written.</summary>
    internal static IEnumerable<string> LinesOf(LeafBlock block) =>
        block.Lines.Lines is null ? [] : block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString());

    private static bool IsComment(string tag) => tag.StartsWith("<!--", StringComparison.Ordinal);

    /// <summary>The text without its comments; one never closed runs to the end, as HTML reads it.</summary>
    private static string WithoutComments(string text)
    {
        var line = text;
        var start = line.IndexOf("<!--", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = line.IndexOf("-->", start + 4, StringComparison.Ordinal);
            line = end < 0 ? line[..start] : line[..start] + line[(end + 3)..];
            start = line.IndexOf("<!--", StringComparison.Ordinal);
        }

        return line;
    }

    /// <summary>An HTML block as a paragraph of its lines, shown as text.</summary>
    private static ParagraphBlock AsParagraph(HtmlBlock html, List<string> lines)
    {
        var inline = new ContainerInline();
        var first = true;
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (!first) inline.AppendChild(new LineBreakInline { IsHard = false });
            inline.AppendChild(new LiteralInline(new StringSlice(line.Trim())));
            first = false;
        }

        return new ParagraphBlock { Inline = inline, Line = html.Line, Column = html.Column, Span = html.Span };
    }
}
