using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Keeps only link targets a reader can safely follow: http, https, mailto, tel and relative links.
/// A link with any other scheme (javascript:, data:, vbscript:…) is replaced by its text.
/// </summary>
internal static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public static void Apply(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (IsSafe(link.Url)) continue;
            if (link.IsImage)
            {
                link.Url = "";
                continue;
            }

            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;

        // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we.
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon < 0) return true;
        var firstSeparator = cleaned.IndexOfAny(['/', '?', '#']);
        if (firstSeparator >= 0 && firstSeparator < colon) return true; // "a/b:c" is a relative path
        var scheme = cleaned[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
