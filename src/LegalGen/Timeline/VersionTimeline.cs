using LegalGen.Model;

namespace LegalGen.Timeline;

/// <summary>
/// Which version of one policy is in force on the as-of date, and how the versions follow each other.
/// </summary>
public sealed class VersionTimeline
{
    private readonly IReadOnlyList<PolicyVersion> _versions;
    private readonly int _currentIndex;

    public VersionTimeline(Policy policy, DateOnly asOf)
    {
        Policy = policy;
        AsOf = asOf;
        _versions = policy.Versions;
        _currentIndex = -1;
        for (var i = 0; i < _versions.Count && _versions[i].Date <= asOf; i++) _currentIndex = i;
    }

    public Policy Policy { get; }

    public DateOnly AsOf { get; }

    public IReadOnlyList<PolicyVersion> Versions => _versions;

    /// <summary>The version in force on the as-of date; null when every version is still upcoming.</summary>
    public PolicyVersion? Current => _currentIndex >= 0 ? _versions[_currentIndex] : null;

    /// <summary>What the policy's main page shows: the current version, else the first upcoming one.</summary>
    public PolicyVersion Featured => Current ?? _versions[0];

    public IEnumerable<PolicyVersion> Upcoming => _versions.Skip(_currentIndex + 1);

    /// <summary>The next change readers must be told about: editorial corrections are never announced.</summary>
    public PolicyVersion? NextAnnounced => Upcoming.FirstOrDefault(v => !v.IsEditorial);

    public VersionStatus StatusOf(PolicyVersion version)
    {
        var index = IndexOf(version);
        if (index == _currentIndex) return VersionStatus.Current;
        return index < _currentIndex ? VersionStatus.Superseded : VersionStatus.Upcoming;
    }

    public PolicyVersion? Previous(PolicyVersion version)
    {
        var index = IndexOf(version);
        return index > 0 ? _versions[index - 1] : null;
    }

    public PolicyVersion? Next(PolicyVersion version)
    {
        var index = IndexOf(version);
        return index + 1 < _versions.Count ? _versions[index + 1] : null;
    }

    /// <summary>The last day the version is in force, or null while no later version has a date.</summary>
    public DateOnly? LastDayInForce(PolicyVersion version) => Next(version)?.Date.AddDays(-1);

    private int IndexOf(PolicyVersion version)
    {
        for (var i = 0; i < _versions.Count; i++)
            if (_versions[i].Date == version.Date) return i;
        throw new ArgumentException($"Version {version.Key} is not part of policy {Policy.Slug}.", nameof(version));
    }
}
