using System.Text;
using LegalGen.Html;

namespace LegalGen.Markdown;

/// <summary>
/// The one writer of inline formatting — link, strong, emphasis, strike-through, code, in that nesting — shared by
/// every view that writes text from its runs rather than from Markdig's HTML: the redline's inline and side-by-side
/// views and the parallel view.
/// </summary>
internal static class InlineHtml
{
    /// <summary>Writes <paramref name="text"/>, escaped, inside the elements for its style and link.</summary>
    public static StringBuilder AppendFormatted(this StringBuilder html, string text, InlineStyle style, string? link) =>
        html.AppendOpening(style, link).AppendEscaped(text).AppendClosing(style, link);

    /// <summary>
    /// The link as a view that does not carry its text's anchors (a redline, the parallel view) writes it: a link to a
    /// fragment of the text itself (<c>#telemetry</c>) leads to it on <paramref name="textPage"/>, the text's own page.
    /// </summary>
    public static string? OnTextPage(string? link, string? textPage) => textPage is not null && link is ['#', _, ..] ? textPage + link : link;

    public static StringBuilder AppendOpening(this StringBuilder html, InlineStyle style, string? link)
    {
        if (link is not null) html.Append("<a href=\"").AppendEscaped(link).Append("\">");
        if ((style & InlineStyle.Strong) != 0) html.Append("<strong>");
        if ((style & InlineStyle.Emphasis) != 0) html.Append("<em>");
        if ((style & InlineStyle.Strike) != 0) html.Append("<s>");
        if ((style & InlineStyle.Code) != 0) html.Append("<code>");
        return html;
    }

    public static StringBuilder AppendClosing(this StringBuilder html, InlineStyle style, string? link)
    {
        if ((style & InlineStyle.Code) != 0) html.Append("</code>");
        if ((style & InlineStyle.Strike) != 0) html.Append("</s>");
        if ((style & InlineStyle.Emphasis) != 0) html.Append("</em>");
        if ((style & InlineStyle.Strong) != 0) html.Append("</strong>");
        if (link is not null) html.Append("</a>");
        return html;
    }
}
