using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// Which pairs of versions have a diff page: each version against its predecessor ("what changed in this
/// version") and each version against the one in force ("what changed since the version I accepted", "what
/// will change"). So the pages grow with the history, not with its square: a policy of <c>n</c> versions has at
/// most <c>2n − 3</c>. Any other pair is compared in the reader's browser by the same engine on the compare page
/// (<see cref="SiteUrls.ComparePair"/>). A pair's page exists in a language only when both versions are translated
/// into it (<see cref="PageLanguage"/>); other languages link to the binding language's page.
/// </summary>
public static class DiffPairs
{
    public static IReadOnlyList<DiffPair> For(VersionTimeline timeline)
    {
        var versions = timeline.Versions;
        var anchor = IndexOf(versions, timeline.LastInForce);
        var pairs = new List<DiffPair>();
        for (var j = 1; j < versions.Count; j++)
        {
            for (var i = 0; i < j; i++)
                if (IsStatic(i, j, anchor)) pairs.Add(new DiffPair(versions[i], versions[j]));
        }

        return pairs;
    }

    /// <summary>Whether the pair <paramref name="from"/>, <paramref name="to"/> (older first) has a diff page, without listing every pair.</summary>
    public static bool Has(VersionTimeline timeline, PolicyVersion from, PolicyVersion to)
    {
        var versions = timeline.Versions;
        var (i, j) = (IndexOf(versions, from), IndexOf(versions, to));
        return i >= 0 && j > i && IsStatic(i, j, IndexOf(versions, timeline.LastInForce));
    }

    /// <summary>
    /// The language of the page that shows the pair to a reader of <paramref name="language"/>: that language when both
    /// versions are translated into it, else the binding language, whose page compares the binding texts.
    /// </summary>
    public static string PageLanguage(PolicyVersion older, PolicyVersion newer, string language) =>
        older.In(language) is not null && newer.In(language) is not null ? language : older.SourceLanguage;

    /// <summary>
    /// Where a reader of <paramref name="language"/> compares two versions, in either order (a path from the site's root):
    /// the pair's diff page (<see cref="PageLanguage"/>), or where it has none, the compare page that compares the pair in
    /// the browser (<see cref="SiteUrls.ComparePair"/>).
    /// </summary>
    public static string PathFor(VersionTimeline timeline, PolicyVersion a, PolicyVersion b, string language)
    {
        var (older, newer) = a.Date < b.Date ? (a, b) : (b, a);
        var slug = timeline.Policy.Slug;
        return Has(timeline, older, newer)
            ? SiteUrls.Diff(PageLanguage(older, newer, language), slug, older.Key, newer.Key)
            : SiteUrls.ComparePair(language, slug, older.Key, newer.Key);
    }

    private static bool IsStatic(int i, int j, int anchor) => j == i + 1 || i == anchor || j == anchor;

    private static int IndexOf(IReadOnlyList<PolicyVersion> versions, PolicyVersion? version)
    {
        if (version is null) return -1;
        for (var i = 0; i < versions.Count; i++)
            if (versions[i].Date == version.Date) return i;
        return -1;
    }
}
