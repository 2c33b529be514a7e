using System.Text;

namespace LegalGen.Html;

/// <summary>
/// The box LegalGen puts a table in, on version pages and in redlines: it scrolls sideways on its own, so that a
/// table wider than the screen (a phone's) moves nothing else, and it takes the keyboard's focus, so that it can be
/// scrolled without a mouse. It is LegalGen's markup, not the text's: its class and <c>tabindex</c> are not on the
/// allow-list (<see cref="HtmlAllowList"/>), so no text can write one, and readers of the published text
/// (<see cref="HtmlStructureReader"/>) go through a <c>div</c> to what it holds.
/// </summary>
public static class TableScrollBox
{
    public const string Class = "table-scroll";

    public const string Open = "<div class=\"" + Class + "\" tabindex=\"0\">";

    public const string Close = "</div>";

    /// <summary>
    /// Appends a top-level block's sanitized HTML, in a box when it is one or more tables with nothing else around
    /// them: a Markdown table, or an HTML block holding a table. Only whole blocks are wrapped, never cut into.
    /// </summary>
    public static void AppendBlock(StringBuilder html, string block)
    {
        var trimmed = block.AsSpan().Trim();
        if (!trimmed.StartsWith("<table", StringComparison.Ordinal) || !trimmed.EndsWith("</table>", StringComparison.Ordinal))
        {
            html.Append(block);
            return;
        }

        html.Append(Open).Append(trimmed).Append(Close).Append('\n');
    }
}
