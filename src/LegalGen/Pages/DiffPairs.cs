using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// Which pairs of versions get a diff page. Every pair, for policies with up to
/// <see cref="AllPairsUpTo"/> versions (at most 66 pages per language): any two versions can then be
/// compared from the compare page. Longer histories get each version against its predecessor, against
/// the current version (in both directions: "what changed since the version I accepted", "what will
/// change"), and the compare page offers those — the number of pages grows linearly instead of
/// quadratically.
/// </summary>
public static class DiffPairs
{
    public const int AllPairsUpTo = 12;

    public static IReadOnlyList<(PolicyVersion From, PolicyVersion To)> For(VersionTimeline timeline)
    {
        var versions = timeline.Versions;
        var pairs = new List<(PolicyVersion, PolicyVersion)>();
        if (versions.Count <= AllPairsUpTo)
        {
            for (var i = 0; i < versions.Count; i++)
                for (var j = i + 1; j < versions.Count; j++) pairs.Add((versions[i], versions[j]));
            return pairs;
        }

        var anchor = timeline.Current ?? versions[0];
        var seen = new HashSet<(DateOnly, DateOnly)>();
        void Add(PolicyVersion a, PolicyVersion b)
        {
            if (a.Date == b.Date) return;
            var (from, to) = a.Date < b.Date ? (a, b) : (b, a);
            if (seen.Add((from.Date, to.Date))) pairs.Add((from, to));
        }

        for (var i = 1; i < versions.Count; i++) Add(versions[i - 1], versions[i]);
        foreach (var version in versions) Add(version, anchor);
        return pairs.OrderBy(p => p.Item1.Date).ThenBy(p => p.Item2.Date).ToList();
    }
}
