using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using LegalGen.Content;
using LegalGen.Model;
using LegalGen.Pages;

namespace LegalGen.Build;

/// <summary>
/// What a process that builds the same site again and again (<c>serve</c>) keeps from one build to the next, so a
/// build costs what changed: the version files as parsed (<see cref="ParsedFileCache"/>), and what the last good build
/// left of each policy (<see cref="PolicyOutcome"/>). A build given this cache renders only the policies whose files
/// changed, and takes every other policy's pages from the folder of the build that rendered them; the site pages, the
/// published files and the checks between policies are made whole each time. Anything every page depends on —
/// site.yml, the templates and their strings, the options, LegalGen itself (<see cref="InputFingerprint.OfSiteWide"/>)
/// — or a change in which policies there are renders every policy.
/// <para>
/// This holds because a policy's pages show nothing of another policy: a link to another policy is written as a path
/// (its slug, its version's date), never with that policy's title or state, and is checked in a step of its own. The
/// tests that build the same content both ways and compare the sites byte for byte keep it true.
/// </para>
/// </summary>
public sealed class BuildCache
{
    private LastBuild? _last;

    /// <summary>The version files as read before.</summary>
    public ParsedFileCache Files { get; } = new();

    /// <summary>
    /// The site folders the last good build is made of: its own, and the earlier ones it took policies' pages from. Each
    /// must stay where it is while that build is served or its policies may be taken again; any other can be removed.
    /// </summary>
    public IReadOnlySet<string> FoldersInUse => _last is null
        ? new HashSet<string>()
        : _last.Policies.Values.Select(p => p.Folder!).Append(_last.Folder).ToHashSet(StringComparer.Ordinal);

    /// <summary>Says that these files or folders (full paths) changed, whatever their size and time: they are read again.</summary>
    public void Changed(IEnumerable<string> paths) => Files.Changed(paths);

    /// <summary>
    /// The policies of <paramref name="site"/> whose pages the last good build left as this build would write them: the
    /// same site-wide inputs, the same policies, and the policy's files the same.
    /// </summary>
    internal IReadOnlyDictionary<string, PolicyOutcome> Reusable(Site site, string siteWide)
    {
        if (_last is null || _last.SiteWide != siteWide || !_last.Slugs.SequenceEqual(site.Policies.Select(p => p.Slug), StringComparer.Ordinal))
            return new Dictionary<string, PolicyOutcome>();
        return site.Policies
            .Where(p => _last.Policies.TryGetValue(p.Slug, out var last) && last.Reusable && last.Inputs == FingerprintOf(p))
            .ToDictionary(p => p.Slug, p => _last.Policies[p.Slug], StringComparer.Ordinal);
    }

    /// <summary>
    /// The last good build's folder when it published a file with these bytes at <paramref name="sitePath"/> (checked
    /// whole then), so this build can take it instead of checking and writing it again; else null.
    /// </summary>
    /// <param name="hash">The file's <see cref="HashOf"/>.</param>
    internal string? PublishedBefore(string sitePath, string hash) =>
        _last is not null && _last.Published.TryGetValue(sitePath, out var before) && before == hash ? _last.Folder : null;

    /// <summary>
    /// Keeps a good build's outcome: the policies rendered in it have their pages in <paramref name="folder"/>, where
    /// every file of <paramref name="published"/> (site path → <see cref="HashOf"/>) is too.
    /// </summary>
    internal void Remember(string siteWide, Site site, IReadOnlyDictionary<string, PolicyOutcome> outcomes, IReadOnlyDictionary<string, string> published, string folder) =>
        _last = new LastBuild(
            siteWide,
            site.Policies.Select(p => p.Slug).ToList(),
            outcomes.ToDictionary(o => o.Key, o => o.Value.Folder is null ? o.Value with { Folder = folder } : o.Value, StringComparer.Ordinal),
            published.ToDictionary(StringComparer.Ordinal),
            folder);

    /// <summary>A published file's text as a hash, to tell whether it is the one published before.</summary>
    internal static string HashOf(string content) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(content.AsSpan())));

    /// <summary>
    /// A policy as read: its versions and, of each text, its file, language, bytes (their SHA-256), the binding version
    /// it was made from, and whether it is a draft — with site.yml (its withdrawal), all a policy's pages are made of.
    /// </summary>
    internal static string FingerprintOf(Policy policy)
    {
        var text = new StringBuilder().Append(policy.Slug).Append('\n').Append(DateKey.Of(policy.WithdrawnOn)).Append('\n');
        foreach (var version in policy.Versions)
        {
            text.Append(version.Key).Append(' ').Append(version.SourceLanguage).Append('\n');
            foreach (var (language, translation) in version.Translations.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                text.Append(' ').Append(language).Append(' ').Append(translation.SourcePath).Append(' ').Append(translation.Sha256)
                    .Append(' ').Append(DateKey.Of(translation.TranslationOf)).Append(' ').Append(translation.Draft).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The last good build: its site-wide inputs, its policies in order, what each left, the files it published, and its folder.</summary>
    private sealed record LastBuild(
        string SiteWide,
        IReadOnlyList<string> Slugs,
        IReadOnlyDictionary<string, PolicyOutcome> Policies,
        IReadOnlyDictionary<string, string> Published,
        string Folder);
}
