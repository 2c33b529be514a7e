using System.Text;

namespace LegalGen.Html;

/// <summary>
/// The places a <c>#fragment</c> can lead to in a text's final HTML: every element's <c>id</c> and every
/// <c>&lt;a name&gt;</c>, whatever wrote them — a heading's id, an attribute given in braces, raw HTML. Read from the
/// sanitizer's output, whose form is regular (every tag lower-case, every attribute value in double quotes with
/// <c>"</c> and <c>&amp;</c> escaped, every <c>&lt;</c> of text escaped), so a scan reads it exactly without parsing
/// it again: text that merely looks like <c>id="x"</c> is not an id. The same scan gives headings the further ids they
/// answer to (<see cref="AddToHeadings"/>).
/// </summary>
public static class HtmlAnchors
{
    /// <summary>Adds the ids and anchor names of <paramref name="html"/> (the sanitizer's output) to <paramref name="anchors"/>.</summary>
    public static void Collect(string html, ISet<string> anchors)
    {
        var i = 0;
        while (NextStartTag(html, ref i, out var nameStart))
        {
            var isAnchor = i - nameStart == 1 && html[nameStart] is 'a' or 'A';
            i = ReadAttributes(html, i, isAnchor, anchors, out _);
        }
    }

    /// <summary>
    /// <paramref name="html"/> (the sanitizer's output) with empty anchors (<c>&lt;span id&gt;</c>) at the start of each
    /// heading whose id is a key of <paramref name="aliases"/>, one for each id of its value: the heading answers to
    /// them too. Headings not named are left as they are.
    /// </summary>
    public static string AddToHeadings(string html, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        if (aliases.Count == 0) return html;
        var result = new StringBuilder(html.Length + 64 * aliases.Count);
        var copied = 0;
        var i = 0;
        while (NextStartTag(html, ref i, out var nameStart))
        {
            var isHeading = i - nameStart == 2 && html[nameStart] is 'h' && html[nameStart + 1] is >= '1' and <= '6';
            i = ReadAttributes(html, i, isAnchor: false, null, out var id);
            if (!isHeading || id is null || !aliases.TryGetValue(id, out var ids)) continue;
            result.Append(html, copied, i - copied);
            foreach (var alias in ids) result.Append("<span id=\"").AppendEscaped(alias).Append("\"></span>");
            copied = i;
        }

        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>
    /// Moves <paramref name="i"/> past the name of the next start tag, which begins at <paramref name="nameStart"/>;
    /// false when there is none. End tags are passed over, and comments the sanitizer let through (which may hold '&gt;').
    /// </summary>
    private static bool NextStartTag(string html, ref int i, out int nameStart)
    {
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            i++;
            if (i < html.Length && char.IsAsciiLetter(html[i]))
            {
                nameStart = i;
                while (i < html.Length && html[i] is not (' ' or '>' or '/' or '\t' or '\n')) i++;
                return true;
            }

            if (html.AsSpan(i).StartsWith("!--")) i = EndOfComment(html, i);
        }

        (i, nameStart) = (html.Length, -1);
        return false;
    }

    /// <summary>Reads a start tag's attributes from <paramref name="i"/> to its '&gt;'; returns the index after it, and the tag's id.</summary>
    private static int ReadAttributes(string html, int i, bool isAnchor, ISet<string>? anchors, out string? id)
    {
        id = null;
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
            var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase);
            if (isId || (isAnchor && name.Equals("name", StringComparison.OrdinalIgnoreCase)))
            {
                var value = Decode(html.AsSpan(valueStart, valueEnd - valueStart));
                if (value.Length > 0) anchors?.Add(value);
                if (isId && value.Length > 0) id = value;
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
