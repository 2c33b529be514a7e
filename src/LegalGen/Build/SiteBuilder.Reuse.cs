using System.Collections.Concurrent;
using System.Diagnostics;
using LegalGen.Diagnostics;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pages;
using LegalGen.Pages.Views;
using LegalGen.Rendering;

namespace LegalGen.Build;

/// <summary>How a build given a <see cref="BuildCache"/> takes an unchanged policy's pages from the build that rendered them.</summary>
public static partial class SiteBuilder
{
    private static readonly IReadOnlyDictionary<string, PolicyOutcome> NoPolicies = new Dictionary<string, PolicyOutcome>();

    /// <summary>
    /// Builds as <see cref="Build(BuildOptions, IProgress{BuildProgress})"/> does, rendering only the policies that changed
    /// since the last good build made with <paramref name="cache"/> and taking every other policy's pages from that
    /// build's folder (see <see cref="BuildCache"/>), for <c>serve</c>: each build into a folder of its own, and the folders
    /// of <see cref="BuildCache.FoldersInUse"/> kept while the site is used. The site is byte for byte the one a whole
    /// build writes; no fingerprint of the inputs is taken or recorded.
    /// </summary>
    public static BuildResult Build(BuildOptions options, BuildCache cache, IProgress<BuildProgress>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = TemplateSource.Locate(options.TemplatesDirectory);
        var usage = CheckUsage(options, source)
            ?? OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, source.FolderPath, options.Force);
        if (usage is not null) return new BuildResult([], null, usage);
        try
        {
            // The search indexer reads the site whole and does not follow links to folders: taken folders are copies then.
            return Run(options, source, () => SiteWriter.Begin(options.OutputDirectory, linkFolders: options.Search is null), progress, stopwatch, inputs: null, cache);
        }
        catch (Exception e) when (OutputFaultException.Find(e) is not null)
        {
            return new BuildResult([], null, OutputFault: OutputFaultException.Find(e));
        }
    }

    /// <summary>
    /// The policy's folders, in every language, as the earlier build left them, and its ids and links for the checks
    /// between policies; false, taking nothing, when that build's folders are no longer all there (the policy is rendered).
    /// </summary>
    private static bool TakePages(Site site, Policy policy, PolicyOutcome earlier, ISiteOutput output, PolicyLinkCheck links)
    {
        var folders = FoldersOf(site, policy.Slug).ToList();
        if (!folders.All(f => Directory.Exists(Path.Combine(earlier.Folder!, f)))) return false;
        foreach (var folder in folders) output.Reuse(folder, earlier.Folder!);
        links.Keep(earlier.Links);
        return true;
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

    private static HashSet<string> TakenFolders(Site site, IEnumerable<string> slugs) =>
        slugs.SelectMany(slug => FoldersOf(site, slug)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the site path is inside one of the folders (site paths, no trailing slash).</summary>
    private static bool IsInside(string sitePath, HashSet<string> folders)
    {
        if (folders.Count == 0) return false;
        for (var slash = sitePath.LastIndexOf('/'); slash > 0; slash = sitePath.LastIndexOf('/', slash - 1))
            if (folders.Contains(sitePath[..slash])) return true;
        return false;
    }
}
