using System.Collections.Concurrent;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// Checks the links between policies once every policy is rendered: policies render in parallel and are let go once
/// their pages are written, so each text leaves behind only its ids (<see cref="RenderedDocument.Anchors"/>) and its
/// links to other policies, which <see cref="Report"/> checks before the site is published. A link leads to a policy
/// the site has, to a version file it has, and its <c>#fragment</c> to an id of the text it opens on: for a policy, its
/// current version in the link's own language, else in the binding language; for a version file, that file. Each
/// broken link is reported once, where it is written, however many pages show it.
/// </summary>
public sealed class PolicyLinkCheck(Site site, IReadOnlyDictionary<string, VersionTimeline> timelines)
{
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(PolicyLink Link, string Language)> _links = [];

    /// <summary>Keeps the ids and the links of every text of <paramref name="policy"/>, and returns them; safe to call from several threads.</summary>
    public PolicyLinks Keep(Policy policy, PolicyTexts texts)
    {
        var anchors = new List<KeyValuePair<string, IReadOnlySet<string>>>();
        var links = new List<(PolicyLink, string)>();
        foreach (var translation in policy.Versions.SelectMany(v => v.Translations.Values))
        {
            var document = texts.Document(translation);
            anchors.Add(KeyValuePair.Create(translation.SourcePath, document.Anchors));
            foreach (var link in document.PolicyLinks) links.Add((link, translation.Language));
        }

        var kept = new PolicyLinks(anchors, links);
        Keep(kept);
        return kept;
    }

    /// <summary>Keeps the ids and links one policy's texts left in an earlier build, when its texts are the same.</summary>
    public void Keep(PolicyLinks kept)
    {
        foreach (var (file, anchors) in kept.Anchors) _anchors[file] = anchors;
        foreach (var link in kept.Links) _links.Add(link);
    }

    /// <summary>Reports every link that leads to no policy, no version file or no id, in the order they are written.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var (link, language) in _links.OrderBy(l => l.Link.At.File, StringComparer.Ordinal).ThenBy(l => l.Link.At.Line).ThenBy(l => l.Link.At.Column))
        {
            if (Target(link, language, diagnostics) is not { } target || link.Fragment is not { } fragment) continue;
            if (SiteLinks.Leads(fragment, _anchors.GetValueOrDefault(target.SourcePath) ?? new HashSet<string>())) continue;
            diagnostics.Warning(DiagnosticCodes.BrokenFragment, link.At,
                $"the link to '{Written(link)}' leads to no place in it: {target.SourcePath} has no heading or anchor with the id '{fragment}'",
                $"use the id of a heading of {target.SourcePath} as its page shows it, or give that heading the id ('## … {{#{fragment}}}')");
        }
    }

    /// <summary>The text a link opens on, or null (reported) when the site has no such policy, version or file.</summary>
    private Translation? Target(PolicyLink link, string language, DiagnosticBag diagnostics)
    {
        if (!timelines.TryGetValue(link.Policy, out var timeline))
        {
            var slugs = site.Policies.Select(p => p.Slug).ToList();
            Missing(diagnostics, link, $"the site has no policy '{link.Policy}'",
                Content.Suggestions.Closest(link.Policy, slugs) is { } closest
                    ? $"did you mean '../{closest}/'?"
                    : $"link to a policy through its folder's name: {string.Join(", ", slugs.Take(10).Select(s => $"'../{s}/'"))}{(slugs.Count > 10 ? ", …" : "")}");
            return null;
        }

        if (link.Date is null)
        {
            var featured = timeline.Featured;
            return featured.In(language) ?? featured.Source;
        }

        var version = timeline.Versions.FirstOrDefault(v => v.Key == link.Date);
        var translation = version?.Translations.FirstOrDefault(t => string.Equals(t.Key, link.Language, StringComparison.OrdinalIgnoreCase)).Value;
        if (translation is not null) return translation;
        Missing(diagnostics, link, version is null
                ? $"the policy '{link.Policy}' has no version of {link.Date}"
                : $"the version of {link.Date} of '{link.Policy}' has no text in '{link.Language}'",
            $"link to one of its version files ({string.Join(", ", timeline.Versions.SelectMany(v => v.Translations.Values).Select(t => t.SourcePath).Take(8))}), or to the policy itself ('../{link.Policy}/')");
        return null;
    }

    private static void Missing(DiagnosticBag diagnostics, PolicyLink link, string why, string hint) =>
        diagnostics.Warning(DiagnosticCodes.LinkTargetMissing, link.At, $"the link to '{Written(link)}' leads nowhere: {why}", hint);

    /// <summary>The link's target in words an editor recognises: the folder, the version file, and the fragment.</summary>
    private static string Written(PolicyLink link) =>
        $"../{link.Policy}/{(link.Date is null ? "" : $"{link.Date}.{link.Language}.md")}{(link.Fragment is null ? "" : "#" + link.Fragment)}";
}
