using System.Globalization;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// The script <c>serve</c> adds to every HTML page it sends — never to a built site — which reloads the
/// page when a newer build is announced on <see cref="EventsPath"/>.
/// </summary>
internal static class LiveReload
{
    /// <summary>Outside the site's own paths, which start with a language tag, <c>assets/</c> or <c>index.html</c>.</summary>
    public const string EventsPath = "/_legalgen/events";

    public const string EventName = "reload";

    public static string Script(int generation) =>
        "<script>\n"
        + "// Added by 'legalgen serve', never to a built site: reloads this page when the site is rebuilt.\n"
        + "(function () {\n"
        + $"  var generation = \"{generation.ToString(CultureInfo.InvariantCulture)}\";\n"
        + $"  var events = new EventSource(\"{EventsPath}\");\n"
        + $"  events.addEventListener(\"{EventName}\", function (e) {{ if (e.data !== generation) location.reload(); }});\n"
        + "})();\n"
        + "</script>\n";

    /// <summary>Adds <paramref name="extra"/> (the problems, if any) and the script just before <c>&lt;/body&gt;</c>.</summary>
    public static string Inject(string html, int generation, string extra = "")
    {
        var insert = extra + Script(generation);
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + insert : html[..end] + insert + html[end..];
    }
}
