using System.Net;
using Markdig.Renderers;

namespace LegalGen.Markdown;

/// <summary>
/// A link's address as the page has it: Markdig writes a Markdown link's address percent-encoded (a space as <c>%20</c>,
/// letters beyond ASCII as their UTF-8 bytes, a host name beyond ASCII in punycode), so the redline compares and names
/// the address a reader follows — the one a reader's browser reads back from the published page too
/// (<see cref="PublishedText"/>). A link between policies (<see cref="Html.PageLinks.Marker"/>) is written as it is.
/// </summary>
internal static class RenderedUrl
{
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? _renderer;

    public static string Of(string url)
    {
        if (url.Length == 0 || url[0] == Html.PageLinks.Marker || IsPlain(url)) return url;
        var (writer, renderer) = _renderer ??= Create();
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        writer.Flush();
        return WebUtility.HtmlDecode(writer.ToString());
    }

    private static (StringWriter, HtmlRenderer) Create()
    {
        var writer = new StringWriter();
        return (writer, new HtmlRenderer(writer));
    }

    /// <summary>True for an address Markdig writes unchanged: printable ASCII that needs no escaping.</summary>
    private static bool IsPlain(string url)
    {
        foreach (var c in url)
        {
            if (c is <= ' ' or >= '\u007f' or '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' or '[' or ']' or '%') return false;
        }

        return true;
    }
}
