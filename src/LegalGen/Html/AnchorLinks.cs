using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace LegalGen.Html;

/// <summary>
/// Puts a link to itself at the start of every paragraph, list item and table row that has an id (<c>p-…</c>, <c>li-…</c>,
/// <c>tr-…</c> given by <see cref="Markdown.BlockAnchors"/>, or the author's own): a "¶" the stylesheet shows in the
/// margin on hover and keyboard focus, named for screen readers by <c>aria-label</c>. Each link carries
/// <c>data-anchor</c>, an attribute no text can have (the allow-list drops <c>data-</c> attributes), by which the reader
/// of published pages (<see cref="HtmlStructureReader"/>) and the search index leave it out of the text.
/// </summary>
public static partial class AnchorLinks
{
    public const string Attribute = "data-anchor";

    [GeneratedRegex("""<(p|li|tr)\s(?:[^>]*?\s)?id="([^"]+)"[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex("""<t[dh]\b[^>]*>""", RegexOptions.CultureInvariant)]
    private static partial Regex FirstCell();

    /// <summary><paramref name="html"/> with a link before the text of each citable block, named <paramref name="label"/>.</summary>
    public static string Add(string html, string label)
    {
        var name = WebUtility.HtmlEncode(label);
        var result = new StringBuilder(html.Length + html.Length / 8);
        var at = 0;
        foreach (Match match in Opening().Matches(html))
        {
            var end = match.Index + match.Length;
            if (match.Groups[1].Value == "tr")
            {
                var cell = FirstCell().Match(html, end);
                if (!cell.Success) continue;
                end = cell.Index + cell.Length;
            }

            result.Append(html, at, end - at)
                .Append("<a class=\"anchor-link\" href=\"#").Append(match.Groups[2].Value).Append("\" aria-label=\"").Append(name)
                .Append("\" ").Append(Attribute).Append(">¶</a>");
            at = end;
        }

        return at == 0 ? html : result.Append(html, at, html.Length - at).ToString();
    }
}
