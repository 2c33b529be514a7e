using System.Buffers;
using System.Text;

namespace LegalGen.Localization;

/// <summary>
/// Interface text carries the language it is written in inside the string itself, between three Unicode non-characters
/// that no content or strings file can hold (<see cref="Content.DisallowedCharacters"/> removes them). The mark survives
/// whatever a template does with text — an argument of another text, a variable, a concatenation — up to the finished
/// page, where <see cref="Resolve"/> follows the page's elements and their <c>lang</c>: a mark in a language other than
/// that of the element it stands in becomes <c>&lt;span lang="en" dir="ltr"&gt;…&lt;/span&gt;</c>, every other mark
/// is removed. So English standing in for a string the page's language lacks says it is English, and the page's own
/// words inside a text in another language (a notice in a binding text's block) say theirs.
/// </summary>
/// <remarks>
/// A mark is <c>U+FDD3 language U+FDD4 text U+FDD5</c> (U+FDD0 is <see cref="Html.PageLinks.Marker"/>); marks nest (a page-language date inside an English sentence).
/// Where no element can stand — attribute values and tags — a mark is removed and the text cannot say its language. In an
/// element that holds text alone (<c>title</c>, <c>option</c>, <c>textarea</c>), text wholly in one other language gives
/// the element itself its <c>lang</c>. A mark cut by a template (<c>string.truncate</c>) or broken in any other way never
/// makes markup: a span is only opened in element content, and closed before the next tag at the latest.
/// </remarks>
public static class LanguageMarks
{
    // Three neighbouring code points: a page is searched for them as one range (Resolution.NextSignificant).
    public const char Open = '\uFDD3';
    public const char LanguageEnd = '\uFDD4';
    public const char Close = '\uFDD5';

    private const int LongestTag = 35;

    private static readonly SearchValues<char> Markers = SearchValues.Create([Open, LanguageEnd, Close]);
    /// <summary>
    /// The characters of markup a page is read for inside a tag, apart from the marks; outside a tag only <c>&lt;</c> is.
    /// (Marks are searched for as a range: a set that mixes ASCII with non-ASCII characters is searched one character at a
    /// time, many times slower on a long page.)
    /// </summary>
    private static readonly SearchValues<char> TagMarkup = SearchValues.Create(">\"'");

    /// <summary>Elements whose content is text alone: a mark inside one is no span.</summary>
    private static readonly HashSet<string> TextOnly = new(StringComparer.OrdinalIgnoreCase) { "title", "option", "textarea", "script", "style" };

    /// <summary>Of those, the ones whose text is not read for tags, up to their end tag.</summary>
    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "title", "textarea", "script", "style" };

    /// <summary>Elements that have no end tag.</summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary><paramref name="text"/> marked as written in <paramref name="language"/>.</summary>
    public static string Mark(string text, string language) => string.Concat([Open.ToString(), language, LanguageEnd.ToString(), text, Close.ToString()]);

    public static bool HasMarks(string text) => text.AsSpan().IndexOfAny(Markers) >= 0;

    /// <summary>True when the whole of <paramref name="text"/> is one mark (and what it encloses).</summary>
    public static bool IsWhollyMarked(string text)
    {
        if (text.Length < 3 || text[0] != Open || text[^1] != Close) return false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Open) depth++;
            else if (text[i] == Close && --depth == 0) return i == text.Length - 1;
        }

        return false;
    }

    /// <summary><paramref name="text"/> without its marks: the words alone, for places that cannot say a language.</summary>
    public static string Strip(string text)
    {
        if (!HasMarks(text)) return text;
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == Open && LanguageAt(text, i + 1) is { } language) i += language.Length + 1;
            else if (c is not (Open or LanguageEnd or Close)) plain.Append(c);
        }

        return plain.ToString();
    }

    /// <summary>
    /// <paramref name="html"/> with every mark made a <c>span</c> with <c>lang</c> and <c>dir</c> (<paramref name="directionOf"/>
    /// a language) where its language is not that of the element around it — its <c>lang</c>, or its parent's, up to
    /// <paramref name="language"/> around the whole (null where that is not known, so that every mark says its language) —
    /// and every other mark removed. The same <paramref name="html"/> when it has no marks.
    /// </summary>
    public static string Resolve(string html, string? language, Func<string, string> directionOf) =>
        HasMarks(html) ? new Resolution(html, language, directionOf).Run() : html;

    /// <summary>The language tag of a mark whose tag starts at <paramref name="start"/>, or null when it is not one.</summary>
    private static string? LanguageAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= LongestTag && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-')) end++;
        return end > start && end < text.Length && text[end] == LanguageEnd ? text.Substring(start, end - start) : null;
    }

    /// <summary>One page read once, start to end, with what is open at each point: elements, marks, a tag, a text-only element.</summary>
    private sealed class Resolution(string html, string? language, Func<string, string> directionOf)
    {
        private readonly StringBuilder _output = new(html.Length + 256);

        /// <summary>The elements open here, each with the language of its content (its lang, else its parent's).</summary>
        private readonly List<(string Name, string? Language)> _elements = [];

        /// <summary>The marks open here: each one's language, and whether a span was opened for it.</summary>
        private readonly List<(string Language, bool Span)> _marks = [];

        private bool _inTag;
        private char _quote;
        private int _tagStart = -1;

        /// <summary>
        /// The text-only element open here, whether its text is raw (read for no tags), where in the output its start tag's
        /// <c>&gt;</c> is, and the one language of all its text (null before any, "" when mixed or unmarked).
        /// </summary>
        private (string Name, bool Raw, int TagEnd, string? Language)? _textOnly;

        public string Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var next = NextSignificant(i);
                Text(i, next - i);
                if (next == html.Length) break;
                i = Handle(next);
            }

            CloseMarks();
            return _output.ToString();
        }

        /// <summary>Where the next mark starts, at or after the last search; found again once reading passes it.</summary>
        private int _nextMark = -1;

        /// <summary>The first character of markup or of a mark at or after <paramref name="from"/>, else the end.</summary>
        private int NextSignificant(int from)
        {
            if (_nextMark < from)
            {
                var mark = html.AsSpan(from).IndexOfAnyInRange(Open, Close);
                _nextMark = mark < 0 ? html.Length : from + mark;
            }

            // Outside a tag, quotes and '>' are text: reading stops only where a tag may start.
            var span = html.AsSpan(from, _nextMark - from);
            var markup = _inTag ? span.IndexOfAny(TagMarkup) : span.IndexOf('<');
            return markup < 0 ? _nextMark : from + markup;
        }

        /// <summary>Handles the significant character at <paramref name="i"/>; where reading goes on.</summary>
        private int Handle(int i)
        {
            var c = html[i];
            switch (c)
            {
                case Open:
                    if (LanguageAt(html, i + 1) is not { } marked) return i + 1;
                    var around = _marks.Count > 0 ? _marks[^1].Language : _elements.Count > 0 ? _elements[^1].Language : language;
                    var span = !_inTag && _textOnly is null && !marked.Equals(around, StringComparison.OrdinalIgnoreCase);
                    if (span) _output.Append("<span lang=\"").Append(marked).Append("\" dir=\"").Append(directionOf(marked)).Append("\">");
                    if (_textOnly is { } only && !_inTag && _marks.Count == 0)
                        _textOnly = only with { Language = only.Language is null || only.Language == marked ? marked : "" };
                    _marks.Add((marked, span));
                    return i + marked.Length + 2;
                case Close:
                    if (_marks.Count > 0)
                    {
                        if (_marks[^1].Span) _output.Append("</span>");
                        _marks.RemoveAt(_marks.Count - 1);
                    }

                    return i + 1;
                case LanguageEnd:
                    return i + 1;
                case '<' when !_inTag && IsTagStart(i + 1) && (_textOnly is not { Raw: true } || Ends(i, _textOnly.Value.Name)):
                    // Marks enclose escaped text alone: one still open here was cut, and its span ends before the tag.
                    CloseMarks();
                    if (html.AsSpan(i).StartsWith("<!--"))
                    {
                        var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                        end = end < 0 ? html.Length : end + 3;
                        _output.Append(html, i, end - i);
                        return end;
                    }

                    _inTag = true;
                    _tagStart = i;
                    break;
                case '"' or '\'' when _inTag:
                    if (_quote == default) _quote = c;
                    else if (_quote == c) _quote = default;
                    break;
                case '>' when _inTag && _quote == default:
                    _inTag = false;
                    Tag(_tagStart, i);
                    break;
            }

            _output.Append(c);
            return i + 1;
        }

        /// <summary>Text between significant characters, as it is; inside a text-only element, unmarked words make it mixed.</summary>
        private void Text(int start, int length)
        {
            if (length == 0) return;
            _output.Append(html, start, length);
            if (_textOnly is { } only && !_inTag && _marks.Count == 0 && !html.AsSpan(start, length).IsWhiteSpace()) _textOnly = only with { Language = "" };
        }

        /// <summary>At the end tag of a text-only element: text wholly in another language than the element's gives it its lang.</summary>
        private void EndTextOnly()
        {
            var (name, _, tagEnd, marked) = _textOnly!.Value;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)) return;
            var around = _elements.Count > 0 ? _elements[^1].Language : language;
            if (marked is { Length: > 0 } && !marked.Equals(around, StringComparison.OrdinalIgnoreCase))
                _output.Insert(tagEnd, $" lang=\"{marked}\" dir=\"{directionOf(marked)}\"");
        }

        private void CloseMarks()
        {
            for (var m = _marks.Count - 1; m >= 0; m--) if (_marks[m].Span) _output.Append("</span>");
            _marks.Clear();
        }

        /// <summary>Follows the tag from <paramref name="start"/> (its <c>&lt;</c>) to <paramref name="end"/> (its <c>&gt;</c>): an element opened or closed.</summary>
        private void Tag(int start, int end)
        {
            var closing = html[start + 1] == '/';
            var name = TagName(start + (closing ? 2 : 1));
            if (name.Length == 0) return;  // <!DOCTYPE html>, <?…?>
            if (closing)
            {
                // Up to the element it closes, closing those left open inside it; an end tag nothing opened is passed by.
                if (_textOnly is { } only && only.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    EndTextOnly();
                    _textOnly = null;
                }

                var at = _elements.FindLastIndex(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) _elements.RemoveRange(at, _elements.Count - at);
                return;
            }

            if (html[end - 1] == '/' || VoidElements.Contains(name)) return;
            var around = _elements.Count > 0 ? _elements[^1].Language : language;
            _elements.Add((name, LangAttribute(start, end) ?? around));
            if (TextOnly.Contains(name)) _textOnly = (name, RawText.Contains(name), _output.Length, null);
        }

        /// <summary>The value of the tag's <c>lang</c> attribute, if it has one.</summary>
        private string? LangAttribute(int start, int end)
        {
            var tag = html.AsSpan(start, end - start);
            for (var at = tag.IndexOf("lang="); at > 0; at = NextLang(tag, at))
            {
                if (!char.IsWhiteSpace(tag[at - 1])) continue;
                var value = tag[(at + 5)..];
                if (value.Length > 0 && value[0] is '"' or '\'')
                {
                    var close = value[1..].IndexOf(value[0]);
                    return close < 0 ? null : value.Slice(1, close).ToString();
                }

                var stop = value.IndexOfAny(" \t\n/>");
                return (stop < 0 ? value : value[..stop]).ToString();
            }

            return null;

            static int NextLang(ReadOnlySpan<char> tag, int at)
            {
                var next = tag[(at + 1)..].IndexOf("lang=");
                return next < 0 ? -1 : at + 1 + next;
            }
        }

        private bool IsTagStart(int at) => at < html.Length && (char.IsAsciiLetter(html[at]) || html[at] is '/' or '!' or '?');

        private string TagName(int at)
        {
            var end = at;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-')) end++;
            return html[at..end];
        }

        /// <summary>True when the tag at <paramref name="at"/> is the end tag of <paramref name="name"/>.</summary>
        private bool Ends(int at, string name) =>
            at + 2 + name.Length <= html.Length && html[at + 1] == '/' && html.AsSpan(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase);
    }
}
