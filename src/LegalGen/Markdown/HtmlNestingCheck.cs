using LegalGen.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Measures how deep the HTML written in a text nests, before any HTML parser sees it: a parser's work grows with
/// the square of the nesting, so ten thousand nested <c>&lt;blockquote&gt;</c> in one block would take seconds. An
/// element counts as a level unless HTML closes it by itself (paragraphs, list items, table rows and cells) or it
/// has no content (<c>&lt;br&gt;</c>, <c>&lt;img&gt;</c>); each HTML block, and the inline tags of each paragraph,
/// are measured on their own against <see cref="ContentLimits.MaxMarkdownNesting"/>. This only counts tags: what
/// they may contain is the sanitizer's business.
/// </summary>
internal static class HtmlNestingCheck
{
    private static readonly HashSet<string> NotLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "option", "optgroup", "rb", "rt", "rp",
        "html", "head", "body", "br", "img", "hr", "col", "input", "meta", "link", "area", "base", "embed", "source", "track", "wbr", "param",
    };

    /// <summary>The line (from 0) and column (from 1) in the text of the first tag nested past the limit, or null.</summary>
    public static (int Line, int Column)? FirstTooDeep(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HtmlBlock html)
            {
                var depth = 0;
                var lines = RawHtmlPolicy.LinesOf(html).ToList();
                for (var i = 0; i < lines.Count; i++)
                {
                    if (TooDeepAt(lines[i], ref depth) is { } column) return (html.Line + i, column);
                }
            }
            else if (block.Inline is { } inline)
            {
                var depth = 0;
                foreach (var tag in inline.Descendants<HtmlInline>())
                {
                    if (TooDeepAt(tag.Tag, ref depth) is not null) return (tag.Line, tag.Column + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Counts the tags of <paramref name="html"/> into <paramref name="depth"/>; the column (from 1) of the first past the limit, or null.</summary>
    private static int? TooDeepAt(string html, ref int depth)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length; i = html.IndexOf('<', i + 1))
        {
            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end])) end++;
            if (end == start || !char.IsAsciiLetter(html[start])) continue;
            if (NotLevels.Contains(html[start..end])) continue;
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            var close = html.IndexOf('>', end);
            if (close > 0 && html[close - 1] == '/') continue;
            if (++depth > ContentLimits.MaxMarkdownNesting) return i + 1;
        }

        return null;
    }
}
