using System.Text;
using Markdig.Helpers;
using Markdig.Parsers;

namespace LegalGen.Markdown;

/// <summary>
/// Reads kramdown's inline attribute lists — <c>{: #id }</c>, <c>{:.class}</c>, <c>{: key="value" }</c> — into an
/// <see cref="AttributeListInline"/>, wherever they are written: at the end of a heading, on the line after a
/// paragraph, a list item, a table or a quotation, or on a line of their own. Kramdown's extensions (<c>{::comment}</c>,
/// <c>{:/}</c>) are not attribute lists and are left alone.
/// </summary>
internal sealed class AttributeListParser : InlineParser
{
    /// <summary>
    /// The longest list read, and a '{' ends the search for its '}': kramdown's lists are short, and a line of unclosed
    /// "{:" must not be searched to its end from every brace, which would take its length squared.
    /// </summary>
    private const int MaxLength = 500;

    public AttributeListParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != ':' || (start + 2 <= slice.End && text[start + 2] is ':' or '/')) return false;
        if (Read(text, start + 2, slice.End) is not var (tokens, close)) return false;

        processor.Inline = new AttributeListInline(tokens)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
            Written = text[start..(close + 1)],
        };
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The entries between <paramref name="from"/> and the closing brace on the same line, and where it is; null if there is none.</summary>
    internal static (List<AttributeListToken> Tokens, int Close)? Read(string text, int from, int end)
    {
        var tokens = new List<AttributeListToken>();
        var i = from;
        end = Math.Min(end, from + MaxLength);
        while (true)
        {
            while (i <= end && text[i] is ' ' or '\t') i++;
            if (i > end || text[i] is '\n' or '\r') return null;
            if (text[i] == '}') return (tokens, i);

            var tokenStart = i;
            var name = new StringBuilder();
            string? value = null;
            while (i <= end && text[i] is not (' ' or '\t' or '\n' or '\r' or '}' or '=' or '{')) name.Append(text[i++]);
            if (i <= end && text[i] == '{') return null;
            if (i <= end && text[i] == '=')
            {
                i++;
                var valueText = new StringBuilder();
                if (i <= end && text[i] is '"' or '\'')
                {
                    var quote = text[i++];
                    while (i <= end && text[i] != quote)
                    {
                        if (text[i] is '\n' or '\r') return null;
                        if (text[i] == '\\' && i + 1 <= end && text[i + 1] is '"' or '\'' or '\\' or '}') i++;
                        valueText.Append(text[i++]);
                    }

                    if (i > end) return null;
                    i++;
                }
                else
                {
                    while (i <= end && text[i] is not (' ' or '\t' or '\n' or '\r' or '}' or '{')) valueText.Append(text[i++]);
                    if (i <= end && text[i] == '{') return null;
                }

                value = valueText.ToString();
            }

            var written = text[tokenStart..i];
            var raw = name.ToString();
            tokens.Add(raw switch
            {
                ['#', .. var id] when value is null => new AttributeListToken("id", id, written),
                ['.', .. var cls] when value is null => new AttributeListToken("class", cls, written),
                _ => new AttributeListToken(raw, value, written),
            });
        }
    }
}
