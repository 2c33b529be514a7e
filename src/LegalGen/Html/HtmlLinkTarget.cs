using AngleSharp.Html.Parser;

namespace LegalGen.Html;

/// <summary>
/// The target of a link written as an HTML tag on its own (<c>&lt;a href="…"&gt;</c> inside a Markdown paragraph), as
/// the page has it: after the sanitizer, so an address it would remove (<c>java&amp;#x09;script:</c>) is no target.
/// </summary>
public static class HtmlLinkTarget
{
    private static readonly MarkupSanitizer Sanitizer = new();

    /// <summary>The sanitized <c>href</c> of the opening tag <paramref name="tag"/>, or null when it has none that is safe.</summary>
    public static string? Of(string tag)
    {
        var clean = Sanitizer.Sanitize(tag + "</a>", out _);
        var link = new HtmlParser().ParseDocument(clean).QuerySelector("a");
        return link?.GetAttribute("href") is { Length: > 0 } href ? href : null;
    }
}
