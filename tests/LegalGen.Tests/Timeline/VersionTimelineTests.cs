using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Tests.Timeline;

public class VersionTimelineTests
{
    private static PolicyVersion V(string date, bool editorial = false)
    {
        var t = new Translation("pl", "T", null, [], false, editorial, "", 1, $"p/{date}.pl.md", "", new FrontMatter("title: T", [("title", 1)], false));
        return new PolicyVersion(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "pl", new Dictionary<string, Translation> { ["pl"] = t });
    }

    private static readonly Policy Policy = new("p", [V("2023-03-01"), V("2025-02-01"), V("2026-06-01", editorial: true), V("2027-07-01")]);

    [Theory]
    [InlineData("2023-02-28", null)]
    [InlineData("2023-03-01", "2023-03-01")]
    [InlineData("2025-01-31", "2023-03-01")]
    [InlineData("2025-02-01", "2025-02-01")]
    [InlineData("2030-01-01", "2027-07-01")]
    public void Current_version_is_the_latest_effective_on_the_as_of_date(string asOf, string? current)
    {
        var timeline = new VersionTimeline(Policy, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(current, timeline.Current?.Key);
    }

    [Fact]
    public void Versions_before_the_current_are_superseded_and_after_it_upcoming()
    {
        var timeline = new VersionTimeline(Policy, new DateOnly(2025, 6, 1));

        Assert.Equal(
            [VersionStatus.Superseded, VersionStatus.Current, VersionStatus.Upcoming, VersionStatus.Upcoming],
            Policy.Versions.Select(timeline.StatusOf));
    }

    [Fact]
    public void Editorial_corrections_are_never_announced_as_upcoming_changes()
    {
        var timeline = new VersionTimeline(Policy, new DateOnly(2025, 6, 1));

        Assert.Equal("2027-07-01", timeline.NextAnnounced!.Key);
    }

    [Fact]
    public void A_version_is_in_force_until_the_day_before_the_next_one()
    {
        var timeline = new VersionTimeline(Policy, new DateOnly(2025, 6, 1));

        Assert.Equal(new DateOnly(2025, 1, 31), timeline.LastDayInForce(Policy.Versions[0]));
        Assert.Null(timeline.LastDayInForce(Policy.Versions[^1]));
    }

    [Fact]
    public void Before_the_first_version_takes_effect_the_policy_features_it_as_upcoming()
    {
        var timeline = new VersionTimeline(Policy, new DateOnly(2020, 1, 1));

        Assert.Null(timeline.Current);
        Assert.Equal("2023-03-01", timeline.Featured.Key);
        Assert.Equal(VersionStatus.Upcoming, timeline.StatusOf(timeline.Featured));
    }

    private static readonly Policy Withdrawn = Policy with { Versions = Policy.Versions.Take(2).ToList(), WithdrawnOn = new DateOnly(2026, 1, 1) };

    [Theory]
    [InlineData("2025-12-31", "current")]
    [InlineData("2026-01-01", "withdrawn")]
    [InlineData("2030-01-01", "withdrawn")]
    public void From_the_withdrawal_the_last_version_is_withdrawn_and_none_is_in_force(string asOf, string lastStatus)
    {
        var timeline = new VersionTimeline(Withdrawn, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(lastStatus, timeline.StatusOf(Withdrawn.Versions[1]).ToString().ToLowerInvariant());
        Assert.Equal(VersionStatus.Superseded, timeline.StatusOf(Withdrawn.Versions[0]));
        Assert.Equal(lastStatus == "withdrawn", timeline.IsWithdrawn);
        Assert.Equal(lastStatus == "withdrawn" ? null : "2025-02-01", timeline.Current?.Key);
        Assert.Equal("2025-02-01", timeline.LastInForce!.Key);
        Assert.Equal("2025-02-01", timeline.Featured.Key);
    }

    [Fact]
    public void The_last_version_is_in_force_until_the_day_before_the_withdrawal_announced_or_done()
    {
        foreach (var asOf in new[] { new DateOnly(2025, 6, 1), new DateOnly(2027, 1, 1) })
        {
            var timeline = new VersionTimeline(Withdrawn, asOf);

            Assert.Equal(new DateOnly(2025, 12, 31), timeline.LastDayInForce(Withdrawn.Versions[1]));
            Assert.Equal(new DateOnly(2025, 1, 31), timeline.LastDayInForce(Withdrawn.Versions[0]));
            Assert.Equal(new DateOnly(2026, 1, 1), timeline.WithdrawnOn);
        }
    }
}
