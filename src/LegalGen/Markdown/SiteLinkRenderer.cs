using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Writes a link between policies (its address starts with <see cref="Html.PageLinks.Marker"/>, made by
/// <see cref="SiteLinks"/>) with its address HTML-escaped but not URL-encoded, so the marker reaches the page whole and
/// each page can put its own way up in its place; the redline and parallel views write it the same way
/// (<see cref="InlineHtml"/>). Every other link as Markdig writes it.
/// </summary>
internal sealed class SiteLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || link.Url is not { Length: > 0 } url || url[0] != Html.PageLinks.Marker)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscape(url).Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
