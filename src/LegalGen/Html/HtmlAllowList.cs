using System.Collections.Frozen;

namespace LegalGen.Html;

/// <summary>
/// The one list of what content may put on a page — elements, attributes, URL schemes and classes — whatever
/// syntax produced it: Markdown, its <c>{…}</c> attributes, or HTML. The Markdown attribute filter
/// (<see cref="Markdown.AttributePolicy"/>), the link filter (<see cref="Markdown.LinkPolicy"/>) and the sanitizer
/// every rendered text passes through last (<see cref="MarkupSanitizer"/>) all read it from here.
/// Event handlers, <c>style</c>, scripts, frames, objects and forms are not on it, so they never reach a page.
/// </summary>
public static class HtmlAllowList
{
    /// <summary>Elements a text may contain.</summary>
    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code",
        "ul", "ol", "li", "dl", "dt", "dd",
        "em", "strong", "del", "ins", "s", "u", "mark", "sub", "sup", "small", "abbr", "span",
        "a", "img", "figure", "figcaption", "details", "summary", "div",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    ], StringComparer.Ordinal);

    /// <summary>Attributes a text's elements may carry (URLs only with <see cref="UrlSchemes"/>).</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "href", "src", "alt", "title", "name",
        "colspan", "rowspan", "scope", "start", "type", "reversed",
    ], StringComparer.Ordinal);

    /// <summary>The schemes a link or image may use; relative addresses (<c>#cookies</c>, <c>../terms/</c>) are always allowed.</summary>
    public static readonly FrozenSet<string> UrlSchemes = FrozenSet.ToFrozenSet(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Classes an editor may give a block with <c>{.note}</c>; the default stylesheet styles each one.</summary>
    public static readonly FrozenSet<string> EditorClasses = FrozenSet.ToFrozenSet(["note", "important", "plain-language"], StringComparer.Ordinal);

    /// <summary>Classes LegalGen itself puts on rendered text: table column alignment, callouts (GitHub alerts).</summary>
    public static readonly FrozenSet<string> RendererClasses = FrozenSet.ToFrozenSet(
    [
        "align-left", "align-center", "align-right",
        "callout", "callout-title", "callout-note", "callout-tip", "callout-important", "callout-warning", "callout-caution",
    ], StringComparer.Ordinal);

    /// <summary>The longest id kept.</summary>
    public const int MaxIdLength = 100;

    /// <summary>
    /// An id that is safe and citable: letters (any script), digits, '-', '_' and '.', starting with a letter or a
    /// digit, at most <see cref="MaxIdLength"/> characters. Quotes, angle brackets and spaces are never part of one.
    /// </summary>
    public static bool IsValidId(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !char.IsLetterOrDigit(id[0])) return false;
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.') && !IsMark(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// True for a URL a reader can safely follow: no scheme (a relative address), or one of <see cref="UrlSchemes"/>.
    /// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so this does too.
    /// </summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var firstSeparator = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true; // "a/b:c" is a relative path
        return UrlSchemes.Contains(cleaned[..colon]);
    }

    private static bool IsMark(char c) => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
