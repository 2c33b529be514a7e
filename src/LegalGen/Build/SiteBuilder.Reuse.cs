using System.Collections.Concurrent;
using LegalGen.Diagnostics;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pages;
using LegalGen.Pages.Views;

namespace LegalGen.Build;

/// <summary>How a build given a <see cref="BuildCache"/> takes an unchanged policy's pages from the build that rendered them.</summary>
public static partial class SiteBuilder
{
    private static readonly IReadOnlyDictionary<string, PolicyOutcome> NoPolicies = new Dictionary<string, PolicyOutcome>();

    /// <summary>The policy's folders, in every language, as the earlier build left them; its ids and links for the checks between policies.</summary>
    private static void TakePages(Site site, Policy policy, PolicyOutcome earlier, ISiteOutput output, PolicyLinkCheck links)
    {
        foreach (var folder in FoldersOf(site, policy.Slug)) output.Reuse(folder, earlier.Folder!);
        links.Keep(earlier.Links);
    }

    /// <summary>
    /// Takes a published file (a sitemap, a feed, versions.json) from the last good build when that build published the
    /// same bytes there, checked whole then; notes the file's hash either way, for the next build.
    /// </summary>
    private static bool TakePublished(BuildCache cache, string sitePath, string content, ISiteOutput output, ConcurrentDictionary<string, string> published)
    {
        var hash = BuildCache.HashOf(content);
        published[sitePath] = hash;
        return cache.PublishedBefore(sitePath, hash) is { } earlier && output.Reuse(sitePath, earlier);
    }

    /// <summary>What rendering a policy left; it can be taken by a later build only when every page is in the policy's own folders.</summary>
    /// <param name="remembered">False when no cache keeps it: its fingerprint is not taken.</param>
    private static PolicyOutcome OutcomeOf(Site site, Policy policy, ConcurrentBag<PageFrame> frames, DiagnosticBag diagnostics, PolicyLinks links, bool remembered)
    {
        if (!remembered) return new PolicyOutcome("", null, frames.ToList(), diagnostics.ToSortedList(), links, Reusable: false);
        var folders = FoldersOf(site, policy.Slug).ToHashSet(StringComparer.Ordinal);
        return new PolicyOutcome(BuildCache.FingerprintOf(policy), null, frames.ToList(), diagnostics.ToSortedList(), links, frames.All(f => IsInside(f.Path, folders)));
    }

    /// <summary>Where a policy's pages are: its folder in each language, e.g. <c>pl/privacy</c>.</summary>
    private static IEnumerable<string> FoldersOf(Site site, string slug) =>
        site.Settings.Languages.Select(language => SiteUrls.Policy(language, slug)[..^(SiteUrls.Index.Length + 1)]);

    private static HashSet<string> TakenFolders(Site site, IReadOnlyDictionary<string, PolicyOutcome> reused) =>
        reused.Keys.SelectMany(slug => FoldersOf(site, slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the site path is inside one of the folders (site paths, no trailing slash).</summary>
    private static bool IsInside(string sitePath, HashSet<string> folders)
    {
        if (folders.Count == 0) return false;
        for (var slash = sitePath.LastIndexOf('/'); slash > 0; slash = sitePath.LastIndexOf('/', slash - 1))
            if (folders.Contains(sitePath[..slash])) return true;
        return false;
    }
}
