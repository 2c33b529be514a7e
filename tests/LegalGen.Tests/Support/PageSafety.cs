using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Html;

namespace LegalGen.Tests.Support;

/// <summary>
/// Looks at a parsed page the way an attacker's payload would have to run: event-handler attributes,
/// <c>style</c> attributes, URLs with a scheme other than http(s)/mailto/tel, scripts other than the
/// templates' own (inline, or their <c>assets/*.js</c> by a relative link; a JSON data block runs nothing), style elements
/// other than the templates' own in the head, frames,
/// objects, forms that post elsewhere, refreshes and base URLs.
/// </summary>
internal static class PageSafety
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset", "ping", "cite", "longdesc"];

    /// <summary>The script texts the default templates contain, which are LegalGen's own.</summary>
    private static readonly HashSet<string> TemplateScripts = Directory
        .EnumerateFiles(RepoPaths.Templates, "*.sbn")
        .Select(File.ReadAllText)
        .SelectMany(t => new HtmlParser().ParseDocument("<html><body>" + t).QuerySelectorAll("script").Select(s => s.TextContent.Trim()))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The style sheets the default templates write into a page (the 404 page's fallback rules), which are LegalGen's own.</summary>
    private static readonly HashSet<string> TemplateStyles = Directory
        .EnumerateFiles(RepoPaths.Templates, "*.sbn")
        .Select(File.ReadAllText)
        .SelectMany(t => new HtmlParser().ParseDocument("<html><body>" + t).QuerySelectorAll("style").Select(s => s.TextContent.Trim()))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The scripts among the templates' assets, which pages may load by a relative link.</summary>
    private static readonly HashSet<string> TemplateAssetScripts = Directory
        .EnumerateFiles(Path.Combine(RepoPaths.Templates, "assets"), "*.js")
        .Select(f => "assets/" + Path.GetFileName(f))
        .ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Problems(string html) => Problems(new HtmlParser().ParseDocument(html));

    public static IReadOnlyList<string> Problems(IDocument page)
    {
        var problems = new List<string>();
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            foreach (var attribute in element.Attributes)
            {
                var attr = attribute.Name.ToLowerInvariant();
                if (attr.StartsWith("on", StringComparison.Ordinal)) problems.Add($"<{name} {attr}>");
                if (attr == "style") problems.Add($"<{name} style>");
                if (UrlAttributes.Contains(attr) && !HtmlAllowList.IsSafeUrl(attribute.Value)) problems.Add($"<{name} {attr}=\"{attribute.Value}\">");
            }

            switch (name)
            {
                case "script" when !IsTemplatesOwn(element):
                case "style" when !(element.ParentElement?.LocalName == "head" && TemplateStyles.Contains(element.TextContent.Trim())):
                case "iframe" or "frame" or "object" or "embed" or "base" or "applet" or "svg" or "math":
                case "meta" when element.HasAttribute("http-equiv"):
                case "form" when element.GetAttribute("action") is { } action && action.Contains(':'):
                    problems.Add($"<{name}>");
                    break;
            }
        }

        return problems;
    }

    private static bool IsTemplatesOwn(IElement script)
    {
        // Data for a script, which a browser never runs; its JSON is escaped so that it cannot end the element.
        if (script.GetAttribute("type") == "application/json") return !script.HasAttribute("src");
        if (script.GetAttribute("src") is not { } src) return TemplateScripts.Contains(script.TextContent.Trim());
        var relative = !src.Contains(':', StringComparison.Ordinal) && !src.StartsWith("//", StringComparison.Ordinal) && !src.StartsWith('/');
        var path = src.TrimStart('.', '/');
        return relative && script.TextContent.Length == 0 && TemplateAssetScripts.Contains(path);
    }
}
