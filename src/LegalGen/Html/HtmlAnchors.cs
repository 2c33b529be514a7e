using System.Text;

namespace LegalGen.Html;

/// <summary>
/// The places a <c>#fragment</c> can lead to in a text's final HTML: every element's <c>id</c> and every
/// <c>&lt;a name&gt;</c>, whatever wrote them — a heading's id, an attribute given in braces, raw HTML. Read from the
/// sanitizer's output, whose form is regular (every tag lower-case, every attribute value in double quotes with
/// <c>"</c> and <c>&amp;</c> escaped, every <c>&lt;</c> of text escaped), so a scan reads it exactly without parsing
/// it again: text that merely looks like <c>id="x"</c> is not an id.
/// </summary>
public static class HtmlAnchors
{
    /// <summary>Adds the ids and anchor names of <paramref name="html"/> (the sanitizer's output) to <paramref name="anchors"/>.</summary>
    public static void Collect(string html, ISet<string> anchors)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            i++;
            if (i >= html.Length || !char.IsAsciiLetter(html[i]))
            {
                // An end tag, or a comment the sanitizer let through: no attributes of interest; a comment may hold '>'.
                if (html.AsSpan(i).StartsWith("!--")) i = EndOfComment(html, i);
                continue;
            }

            var nameStart = i;
            while (i < html.Length && html[i] is not (' ' or '>' or '/' or '\t' or '\n')) i++;
            var isAnchor = i - nameStart == 1 && html[nameStart] is 'a' or 'A';
            i = ReadAttributes(html, i, isAnchor, anchors);
        }
    }

    /// <summary>Reads a start tag's attributes from <paramref name="i"/> to its '&gt;'; returns the index after it.</summary>
    private static int ReadAttributes(string html, int i, bool isAnchor, ISet<string> anchors)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>') return i + 1;
            if (c is ' ' or '/' or '\t' or '\n')
            {
                i++;
                continue;
            }

            var nameStart = i;
            while (i < html.Length && html[i] is not ('=' or ' ' or '>' or '/' or '\t' or '\n')) i++;
            var name = html.AsSpan(nameStart, i - nameStart);
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            if (i >= html.Length || html[i] != '"') continue;
            var valueStart = ++i;
            var valueEnd = html.IndexOf('"', valueStart);
            if (valueEnd < 0) return html.Length;
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || (isAnchor && name.Equals("name", StringComparison.OrdinalIgnoreCase)))
            {
                var value = Decode(html.AsSpan(valueStart, valueEnd - valueStart));
                if (value.Length > 0) anchors.Add(value);
            }

            i = valueEnd + 1;
        }

        return i;
    }

    private static int EndOfComment(string html, int i)
    {
        var end = html.IndexOf("-->", i, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }

    /// <summary>An attribute value as the browser reads it: the sanitizer writes only these three escapes in values.</summary>
    private static string Decode(ReadOnlySpan<char> value)
    {
        if (value.IndexOf('&') < 0) return value.ToString();
        return new StringBuilder(value.Length).Append(value)
            .Replace("&quot;", "\"").Replace("&nbsp;", "\u00A0").Replace("&amp;", "&").ToString();
    }
}
