using System.Text;
using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Import;

/// <summary>
/// What a reader sees of a text, to compare commits by: the title and the HTML LegalGen renders (through the same
/// renderer, allow-list and sanitizer as a build), with runs of white space made one space outside preformatted
/// blocks, as a browser shows them. Two texts that differ only in how their Markdown is spelt — wrapped lines,
/// double spaces, a <c>datetime</c> attribute the page does not keep, an id or an anchor moved — compare equal, as the
/// build's "no visible change" warning (LG067) and the redline see them; a changed word, link target, heading level
/// or emphasis does not.
/// </summary>
internal sealed partial class VisibleText(MarkdownRenderer renderer)
{
    public string Of(string? title, string body, string language)
    {
        var html = WithoutIds(renderer.Render(body, "text", 1, new DiagnosticBag(), title, language).Html);

        // A text past LegalGen's limits (nested too deeply) renders empty, and the build will say where; until then
        // it is compared as written, so that two such texts are not taken for one.
        if (html.Length == 0 && body.Trim().Length > 0) html = body;
        var visible = new StringBuilder((title ?? "").Trim()).Append('\n');
        var at = 0;
        foreach (Match pre in Preformatted().Matches(html))
        {
            visible.Append(Collapsed(html[at..pre.Index])).Append(pre.Value);
            at = pre.Index + pre.Length;
        }

        return visible.Append(Collapsed(html[at..])).ToString();
    }

    /// <summary>The text with line endings, trailing spaces and final empty lines made uniform.</summary>
    public static string Normalized(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd(' ', '\t'))).TrimEnd('\n').TrimStart('\uFEFF');

    /// <summary>
    /// The HTML without ids and the empty anchors that only carried one, nor the paragraph left empty around such an
    /// anchor: where a link lands is not what a reader reads.
    /// </summary>
    private static string WithoutIds(string html) => EmptyParagraph().Replace(EmptyAnchor().Replace(IdAttribute().Replace(html, ""), ""), "");

    private static string Collapsed(string html) => Spaces().Replace(html, " ").Trim();

    [GeneratedRegex(@"<pre\b[\s\S]*?</pre>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Preformatted();

    [GeneratedRegex(@"\s+id=""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"<(a|span)>\s*</\1>", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyAnchor();

    [GeneratedRegex(@"<p>\s*</p>", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyParagraph();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
