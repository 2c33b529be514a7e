using System.Text;
using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using LegalGen.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Links that hold on every page a text appears on. An editor links to another policy as the repository is browsed
/// on GitHub, relatively from the version file to the policy's folder — <c>../terms/</c>, <c>../terms#liability</c> —
/// or to one of its version files — <c>../terms/2024-01-01.en.md</c>, or <c>2024-01-01.en.md</c> in the same
/// folder. Such a link becomes <see cref="PageLinks.Marker"/> and the path of the policy's page (or the version's
/// permalink) from the page's language folder, which each page resolves (see <see cref="PageLinks"/>). Links to a
/// page's own <c>#fragment</c> and links to policies are collected for checking; a link from the site's root
/// (<c>/privacy/</c>) is a warning, as it breaks wherever the site is not served at the root of its domain.
/// </summary>
internal static partial class SiteLinks
{
    /// <summary>
    /// Gives every link to a policy or version file its marked address, adds it to <paramref name="toPolicies"/> and
    /// every link to the text's own fragments to <paramref name="inPage"/>, and reports links from the site's root.
    /// </summary>
    public static void Rewrite(MarkdownDocument document, string file, int firstLine, DiagnosticBag diagnostics,
        List<(string Fragment, SourceLocation At)> inPage, List<PolicyLink> toPolicies)
    {
        var ownPolicy = file.IndexOf('/') is > 0 and var slash ? file[..slash] : null;
        foreach (var link in document.Descendants<LinkInline>())
        {
            // Content cannot write the marker as a character, but an entity in a link's address or title decodes to it.
            link.Url = WithoutMarker(link.Url);
            link.Title = WithoutMarker(link.Title);
            if (link.Url is not { Length: > 0 } url) continue;
            var at = new SourceLocation(file, firstLine + Math.Max(link.Line, 0), link.Column + 1);
            if (url[0] == '#')
            {
                if (!link.IsImage) inPage.Add((url[1..], at));
                continue;
            }

            if (url[0] == '/' && (url.Length == 1 || url[1] != '/'))
            {
                diagnostics.Warning(DiagnosticCodes.SiteRootLink, at,
                    $"the {(link.IsImage ? "image" : "link")} '{url}' starts at the site's root, so it breaks wherever the site is not served at the root of its domain (a folder of a site, a preview, a copy opened from disk)",
                    "link to a policy through its folder, relatively from this file ('../privacy/', '../privacy/#cookies'), or write the full https:// address");
                continue;
            }

            if (link.IsImage || Parse(url, ownPolicy) is not { } target) continue;
            toPolicies.Add(target with { At = at });
            link.Url = AddressOf(target);
        }
    }

    /// <summary>Reports each link to a <c>#fragment</c> of the text itself that matches none of its <paramref name="anchors"/>.</summary>
    public static void CheckInPage(IEnumerable<(string Fragment, SourceLocation At)> inPage, IReadOnlySet<string> anchors, DiagnosticBag diagnostics)
    {
        foreach (var (fragment, at) in inPage)
        {
            if (Leads(fragment, anchors)) continue;
            diagnostics.Warning(DiagnosticCodes.BrokenFragment, at,
                $"the link '#{fragment}' leads nowhere: this text has no heading or anchor with the id '{fragment}'",
                "use the id of a heading as the page shows it, or give the heading that id ('## Cookies {#cookies}')");
        }
    }

    /// <summary>True when <paramref name="fragment"/> (as written, perhaps percent-encoded) names one of <paramref name="anchors"/>, or the page's top.</summary>
    public static bool Leads(string fragment, IReadOnlySet<string> anchors) =>
        fragment.Length == 0
        || anchors.Contains(fragment)
        || (fragment.Contains('%') && anchors.Contains(Unescape(fragment)))
        || fragment.Equals("top", StringComparison.OrdinalIgnoreCase);

    private static string? WithoutMarker(string? text) =>
        text is null || !text.Contains(PageLinks.Marker, StringComparison.Ordinal) ? text : text.Replace(PageLinks.Marker.ToString(), "", StringComparison.Ordinal);

    private static PolicyLink? Parse(string url, string? ownPolicy)
    {
        var match = PolicyAddress().Match(url);
        if (!match.Success) return null;
        var policy = match.Groups["policy"].Success ? match.Groups["policy"].Value : ownPolicy;
        if (policy is null) return null;
        var date = match.Groups["date"].Success ? match.Groups["date"].Value : null;
        var language = match.Groups["language"].Success ? match.Groups["language"].Value : null;
        var fragment = match.Groups["fragment"].Success ? match.Groups["fragment"].Value : null;
        return new PolicyLink(policy, date, language, fragment, default);
    }

    /// <summary>The link's address: the marker, then the page's path from the language's folder, with the fragment URL-encoded.</summary>
    private static string AddressOf(PolicyLink target)
    {
        var address = new StringBuilder().Append(PageLinks.Marker).Append(target.Policy).Append('/');
        if (target.Date is not null) address.Append(target.Date).Append('/');
        address.Append("index.html");
        if (target.Fragment is not null) address.Append('#').Append(Uri.EscapeDataString(Unescape(target.Fragment)));
        return address.ToString();
    }

    private static string Unescape(string fragment)
    {
        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }

    /// <summary>
    /// <c>../policy</c>, <c>../policy/</c>, <c>../policy/DATE.LANG.md</c>, or <c>DATE.LANG.md</c> and
    /// <c>./DATE.LANG.md</c> in the text's own folder, each with an optional <c>#fragment</c>.
    /// </summary>
    [GeneratedRegex(@"^(?:\.\./(?<policy>[a-z0-9]+(?:-[a-z0-9]+)*)(?:/(?:(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})\.(?<language>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)\.md)?)?|(?:\./)?(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})\.(?<language>[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)\.md)(?:#(?<fragment>.*))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PolicyAddress();
}
