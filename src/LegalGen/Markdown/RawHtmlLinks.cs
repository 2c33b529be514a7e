using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// The links to the text's own <c>#fragments</c> written as HTML (<c>&lt;a href="#telemetry"&gt;</c>), in HTML blocks
/// and inline tags, each at the place it is written: they are checked like Markdown's (<see cref="SiteLinks.CheckInPage"/>).
/// </summary>
internal static partial class RawHtmlLinks
{
    public static void CollectInPage(MarkdownDocument document, string file, int firstLine, List<(string Fragment, SourceLocation At)> inPage)
    {
        foreach (var (html, line, column) in RawHtmlPolicy.Pieces(document))
        {
            if (!html.Contains('#')) continue;
            foreach (Match link in FragmentLink().Matches(html))
            {
                // The piece's first line starts at its column; a later line of an HTML block at its own start.
                var lineStart = html.LastIndexOf('\n', link.Index) + 1;
                var at = lineStart == 0
                    ? new SourceLocation(file, firstLine + line, column + 1 + link.Index)
                    : new SourceLocation(file, firstLine + line + html.AsSpan(0, lineStart).Count('\n'), link.Index - lineStart + 1);
                inPage.Add((link.Groups["fragment"].Value, at));
            }
        }
    }

    /// <summary>An <c>&lt;a … href="#…"&gt;</c> tag, the fragment quoted or not.</summary>
    [GeneratedRegex("""<a\s[^>]*?\bhref\s*=\s*(?:"#(?<fragment>[^"]*)"|'#(?<fragment>[^']*)'|#(?<fragment>[^\s>"']*))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FragmentLink();
}
