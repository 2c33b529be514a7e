using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LegalGen.Markdown;

/// <summary>
/// Writes a GitHub alert (<c>&gt; [!NOTE]</c>, <c>[!TIP]</c>, <c>[!IMPORTANT]</c>, <c>[!WARNING]</c>, <c>[!CAUTION]</c>)
/// as a callout: <c>&lt;div class="callout callout-note"&gt;</c> whose first line names its kind in the text's
/// language (<c>&lt;p class="callout-title"&gt;Note&lt;/p&gt;</c>), so a screen reader says what kind of passage
/// follows, and the default stylesheet sets it apart. Unlike Markdig's own writer it draws no SVG icon, which the
/// allow-list would remove.
/// </summary>
internal sealed class CalloutRenderer(Func<string, string> titleOf) : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>The kinds GitHub knows; any other is written as a note.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["note", "tip", "important", "warning", "caution"];

    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = block.Kind.ToString().ToLowerInvariant();
        if (!Kinds.Contains(kind)) kind = "note";
        renderer.EnsureLine();
        renderer.Write("<div class=\"callout callout-").Write(kind).WriteLine("\">");
        renderer.Write("<p class=\"callout-title\">").WriteEscape(titleOf(kind)).WriteLine("</p>");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
