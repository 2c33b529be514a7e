using LegalGen.Model;

namespace LegalGen.Timeline;

/// <summary>
/// Which version of one policy is in force on the as-of date, and how the versions follow each other. A policy
/// withdrawn on or before the as-of date has no version in force: its last one is <see cref="VersionStatus.Withdrawn"/>.
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
        _currentIndex = LastIndexEffectiveOn(asOf);
    }

    public Policy Policy { get; }

    public DateOnly AsOf { get; }

    public IReadOnlyList<PolicyVersion> Versions => _versions;

    /// <summary>The day the policy stops applying (site.yml's <c>withdrawn:</c>), whether that day has come or not; null when it is not withdrawn.</summary>
    public DateOnly? WithdrawnOn => Policy.WithdrawnOn;

    /// <summary>The policy was withdrawn on or before the as-of date.</summary>
    public bool IsWithdrawn => Policy.WithdrawnOn <= AsOf;

    /// <summary>The version in force on the as-of date; null when every version is still upcoming, or the policy is withdrawn.</summary>
    public PolicyVersion? Current => IsWithdrawn ? null : LastInForce;

    /// <summary>The version in force on the as-of date, or once the policy is withdrawn the last one that was; null when every version is still upcoming.</summary>
    public PolicyVersion? LastInForce => _currentIndex >= 0 ? _versions[_currentIndex] : null;

    /// <summary>What the policy's main page shows: the current version (for a withdrawn policy, the last one), else the first upcoming one.</summary>
    public PolicyVersion Featured => LastInForce ?? _versions[0];

    public IEnumerable<PolicyVersion> Upcoming => _versions.Skip(_currentIndex + 1);

    /// <summary>The next change readers must be told about: editorial corrections are never announced.</summary>
    public PolicyVersion? NextAnnounced => Upcoming.FirstOrDefault(v => !v.IsEditorial);

    public VersionStatus StatusOf(PolicyVersion version)
    {
        var index = IndexOf(version);
        if (index == _currentIndex) return IsWithdrawn ? VersionStatus.Withdrawn : VersionStatus.Current;
        return index < _currentIndex ? VersionStatus.Superseded : VersionStatus.Upcoming;
    }

    /// <summary>
    /// The day the version was announced, as far as the as-of date knows: its <c>published:</c> date, unless that is
    /// still to come — a page built before the announcement must not say it was made.
    /// </summary>
    public DateOnly? AnnouncedOn(PolicyVersion version) => version.Published is { } published && published <= AsOf ? published : null;

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

    /// <summary>The last day the version is in force: the day before the next version, or before the policy's withdrawal; null while neither has a date.</summary>
    public DateOnly? LastDayInForce(PolicyVersion version) => (Next(version)?.Date ?? WithdrawnOn)?.AddDays(-1);

    /// <summary>
    /// Which version was in force on <paramref name="day"/>: the latest one whose date is on or before it, unless the policy
    /// is withdrawn by then. The same rule decides <see cref="Current"/> for the as-of date, and the point-in-time script of
    /// the pages (<c>assets/point-in-time.js</c>) answers a reader's date by it.
    /// </summary>
    public PointInTime InForceOn(DateOnly day)
    {
        var isAfterAsOf = day > AsOf;
        if (WithdrawnOn is { } withdrawn && day >= withdrawn) return new PointInTime(day, PointInTimeKind.Withdrawn, _versions[^1], isAfterAsOf);
        var index = LastIndexEffectiveOn(day);
        return index < 0
            ? new PointInTime(day, PointInTimeKind.NotYetInForce, _versions[0], isAfterAsOf)
            : new PointInTime(day, PointInTimeKind.InForce, _versions[index], isAfterAsOf);
    }

    /// <summary>The index of the latest version effective on or before <paramref name="day"/>; -1 when none is.</summary>
    private int LastIndexEffectiveOn(DateOnly day)
    {
        var index = -1;
        for (var i = 0; i < _versions.Count && _versions[i].Date <= day; i++) index = i;
        return index;
    }

    private int IndexOf(PolicyVersion version)
    {
        for (var i = 0; i < _versions.Count; i++)
            if (_versions[i].Date == version.Date) return i;
        throw new ArgumentException($"Version {version.Key} is not part of policy {Policy.Slug}.", nameof(version));
    }
}
