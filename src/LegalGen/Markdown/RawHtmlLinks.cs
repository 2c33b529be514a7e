using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// The links to the text's own <c>#fragments</c> written as HTML (<c>&lt;a href="#telemetry"&gt;</c>), in HTML blocks
/// and inline tags, each at the place it is written: they are checked like Markdown's (<see cref="SiteLinks.CheckInPage"/>).
/// </summary>
internal static partial class RawHtmlLinks
{
    public static void CollectInPage(MarkdownDocument document, string file, int firstLine, List<(string Fragment, SourceLocation At)> inPage)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block when block.Lines.Lines is not null:
                    for (var i = 0; i < block.Lines.Count; i++)
                    {
                        var line = block.Lines.Lines[i];
                        Collect(line.ToString(), file, firstLine + line.Line, line.Column + 1, inPage);
                    }

                    break;
                case HtmlInline inline:
                    Collect(inline.Tag, file, firstLine + inline.Line, inline.Column + 1, inPage);
                    break;
            }
        }
    }

    private static void Collect(string html, string file, int line, int firstColumn, List<(string Fragment, SourceLocation At)> inPage)
    {
        if (!html.Contains('#')) return;
        foreach (Match link in FragmentLink().Matches(html))
        {
            inPage.Add((link.Groups["fragment"].Value, new SourceLocation(file, line, Math.Max(firstColumn, 1) + link.Index)));
        }
    }

    /// <summary>An <c>&lt;a … href="#…"&gt;</c> tag, the fragment quoted or not.</summary>
    [GeneratedRegex("""<a\s[^>]*?\bhref\s*=\s*(?:"#(?<fragment>[^"]*)"|'#(?<fragment>[^']*)'|#(?<fragment>[^\s>"']*))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FragmentLink();
}
