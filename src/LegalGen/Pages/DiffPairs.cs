using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// Which pairs of versions get a diff page: every pair, for policies with up to <see cref="AllPairsUpTo"/>
/// versions, so any two versions can be compared from the compare page. The pairs readers need most —
/// each version against its predecessor, and each version against the one in force (in both directions:
/// "what changed since the version I accepted", "what will change") — get full pages; the others get
/// compact pages (the changes and their context). Longer histories than <see cref="AllPairsUpTo"/> get
/// the full pairs only, so the number of pages grows linearly rather than quadratically.
/// </summary>
public static class DiffPairs
{
    public const int AllPairsUpTo = 40;

    public static IReadOnlyList<DiffPair> For(VersionTimeline timeline)
    {
        var versions = timeline.Versions;
        var current = timeline.Featured;
        var pairs = new List<DiffPair>();
        for (var i = 0; i < versions.Count; i++)
        {
            for (var j = i + 1; j < versions.Count; j++)
            {
                var full = IsFull(versions, current, i, j);
                if (full || versions.Count <= AllPairsUpTo) pairs.Add(new DiffPair(versions[i], versions[j], full));
            }
        }

        return pairs;
    }

    /// <summary>Whether the pair <paramref name="from"/>, <paramref name="to"/> (older first) has a diff page, without listing every pair.</summary>
    public static bool Has(VersionTimeline timeline, PolicyVersion from, PolicyVersion to)
    {
        var versions = timeline.Versions;
        var (i, j) = (IndexOf(versions, from), IndexOf(versions, to));
        if (i < 0 || j <= i) return false;
        return versions.Count <= AllPairsUpTo || IsFull(versions, timeline.Current ?? versions[0], i, j);
    }

    private static bool IsFull(IReadOnlyList<PolicyVersion> versions, PolicyVersion current, int i, int j) =>
        j == i + 1 || versions[i].Date == current.Date || versions[j].Date == current.Date;

    private static int IndexOf(IReadOnlyList<PolicyVersion> versions, PolicyVersion version)
    {
        for (var i = 0; i < versions.Count; i++)
            if (versions[i].Date == version.Date) return i;
        return -1;
    }
}
