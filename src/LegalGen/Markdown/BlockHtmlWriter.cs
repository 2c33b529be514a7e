using System.Text;
using LegalGen.Html;

namespace LegalGen.Markdown;

/// <summary>
/// Writes one <see cref="DocumentBlock"/> on its own as HTML (for views that place blocks side by side): a
/// heading as a heading-styled paragraph, a list item with its marker, a table row as cells separated by
/// rules; inline formatting and links kept. A view that does not carry the text's anchors gives the page of the
/// text (<c>textPage</c>), to which a link to a fragment of the text itself (<c>#telemetry</c>) then leads.
/// </summary>
public static class BlockHtmlWriter
{
    /// <summary>The block as HTML that writes itself straight into the page (a parallel view has a fragment per block).</summary>
    public static HtmlFragment Fragment(DocumentBlock block, string? textPage = null) => new BlockFragment(block, textPage);

    public static void WriteTo(StringBuilder html, DocumentBlock block, string? textPage = null)
    {
        html.Append("<div class=\"pv-block pv-").Append(KindNames[(int)block.Kind]);
        if (block.Kind == BlockKind.Heading) html.Append(" pv-h").Append(Math.Clamp(block.Level, 1, 6));
        if (block.Kind == BlockKind.ListItem) html.Append(" rl-depth-").Append(Math.Clamp(block.Level, 1, 6));
        html.Append("\">");
        if (block.Marker is not null) html.Append("<span class=\"rl-marker\">").AppendEscaped(block.Marker).Append("</span> ");
        if (block.Kind == BlockKind.Rule) html.Append("<hr>");
        for (var c = 0; c < block.Cells.Count; c++)
        {
            if (c > 0) html.Append("<span class=\"sbs-cell-separator\" aria-hidden=\"true\"> │ </span>");
            foreach (var run in block.Cells[c]) html.AppendFormatted(run.Text, run.Style, InlineHtml.OnTextPage(run.Link, textPage));
        }

        html.Append("</div>");
    }

    private static readonly string[] KindNames = Enum.GetNames<BlockKind>().Select(n => n.ToLowerInvariant()).ToArray();

    private sealed class BlockFragment(DocumentBlock block, string? textPage) : HtmlFragment
    {
        public override void WriteTo(StringBuilder html) => BlockHtmlWriter.WriteTo(html, block, textPage);
    }
}
