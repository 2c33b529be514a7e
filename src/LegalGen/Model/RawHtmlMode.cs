namespace LegalGen.Model;

/// <summary>What becomes of HTML written in a policy's Markdown (site.yml's <c>raw_html</c>).</summary>
public enum RawHtmlMode
{
    /// <summary>The safe subset of <c>Html.HtmlAllowList</c> is kept as markup; the sanitizer removes the rest, with a warning.</summary>
    Sanitize,

    /// <summary>Every tag is shown as the text it is, escaped; nothing written as HTML becomes markup.</summary>
    Text,
}
