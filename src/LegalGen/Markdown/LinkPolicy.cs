using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Keeps only link targets a reader can safely follow: the schemes of <see cref="Html.HtmlAllowList.UrlSchemes"/> and relative links.
/// A link with any other scheme (javascript:, data:, vbscript:…) is replaced by its text.
/// </summary>
internal static class LinkPolicy
{
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

    public static bool IsSafe(string? url) => Html.HtmlAllowList.IsSafeUrl(url);

    /// <summary>
    /// Puts the link's children in its place. Each goes after the one before it: Markdig's <c>InsertBefore</c> would leave
    /// the first without its previous sibling, and the words before the link unreachable walking backwards.
    /// </summary>
    private static void Unwrap(LinkInline link)
    {
        var children = link.ToList();
        Inline last = link;
        foreach (var child in children)
        {
            child.Remove();
            last.InsertAfter(child);
            last = child;
        }

        link.Remove();
    }
}
