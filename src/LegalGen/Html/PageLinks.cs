using System.Text;

namespace LegalGen.Html;

/// <summary>
/// Links between policies in a text that is rendered once and shown on pages at different depths
/// (<c>en/terms/</c>, <c>en/terms/2024-01-01/</c>, <c>en/terms/diff/…/</c>): the text's HTML writes such a link as
/// <see cref="Marker"/> followed by a path from the page's language folder (<c>terms/index.html#liability</c>), and
/// each page, once rendered, has every marker replaced by its own way up to its language folder
/// (<see cref="Resolve"/>), in one pass.
/// </summary>
/// <remarks>
/// The marker is a Unicode non-character, which no version file, front-matter value or Markdown entity can bring to a
/// page (they are removed on reading, LG033). Should one reach a page all the same — an HTML entity in raw HTML the
/// sanitizer decodes — it still becomes only dots and slashes (<c>./</c>, <c>../../</c>): a relative path on the
/// site, never a scheme, a host or markup.
/// </remarks>
public static class PageLinks
{
    /// <summary>Stands for the path from a page to its language's folder.</summary>
    public const char Marker = '\uFDD0';

    /// <summary>
    /// <paramref name="html"/> with every <see cref="Marker"/> replaced by <paramref name="languageRoot"/>; the same
    /// string when it has none, which is most pages.
    /// </summary>
    /// <param name="languageRoot">Only <c>./</c> or <c>../</c> repeated (see <see cref="LanguageRoot"/>).</param>
    public static string Resolve(string html, string languageRoot)
    {
        var next = html.IndexOf(Marker);
        if (next < 0) return html;
        var resolved = new StringBuilder(html.Length + 64);
        var start = 0;
        while (next >= 0)
        {
            resolved.Append(html, start, next - start).Append(languageRoot);
            start = next + 1;
            next = html.IndexOf(Marker, start);
        }

        return resolved.Append(html, start, html.Length - start).ToString();
    }

    /// <summary>
    /// The way up from the page at <paramref name="pagePath"/> (a site path: <c>en/terms/2024-01-01/index.html</c>) to
    /// the folder of <paramref name="language"/> (<c>../../</c>); <c>./</c> for a page in that folder itself.
    /// </summary>
    public static string LanguageRoot(string pagePath, string language)
    {
        var prefix = language + "/";
        var up = 0;
        var from = pagePath.StartsWith(prefix, StringComparison.Ordinal) ? prefix.Length : 0;
        for (var i = from; i < pagePath.Length; i++)
            if (pagePath[i] == '/') up++;
        var root = new StringBuilder(up * 3 + prefix.Length + 2);
        for (var i = 0; i < up; i++) root.Append("../");
        if (from == 0) root.Append(prefix);
        return root.Length == 0 ? "./" : root.ToString();
    }
}
