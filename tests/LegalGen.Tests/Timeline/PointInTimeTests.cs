using System.Globalization;
using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Tests.Timeline;

/// <summary>"Which text was in force on this day?" — <see cref="VersionTimeline.InForceOn"/>, which the pages' date picker follows.</summary>
public class PointInTimeTests
{
    private static PolicyVersion V(string date, bool editorial = false)
    {
        var t = new Translation("pl", "T", null, [], false, editorial, "", 1, $"p/{date}.pl.md", "", new FrontMatter("title: T", [("title", 1)], false));
        return new PolicyVersion(Day(date), "pl", new Dictionary<string, Translation> { ["pl"] = t });
    }

    private static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A version, an editorial correction of it, a new version, and one announced for after the as-of date (2026-01-01).
    private static readonly Policy Policy = new("p", [V("2023-03-01"), V("2024-02-10", editorial: true), V("2025-05-01"), V("2026-09-01")]);

    [Theory]
    [InlineData("1999-12-31", "NotYetInForce", "2023-03-01", false)]
    [InlineData("2023-02-28", "NotYetInForce", "2023-03-01", false)]
    [InlineData("2023-03-01", "InForce", "2023-03-01", false)]
    [InlineData("2024-02-09", "InForce", "2023-03-01", false)]
    [InlineData("2024-02-10", "InForce", "2024-02-10", false)]
    [InlineData("2025-04-30", "InForce", "2024-02-10", false)]
    [InlineData("2025-05-01", "InForce", "2025-05-01", false)]
    [InlineData("2026-01-01", "InForce", "2025-05-01", false)]
    [InlineData("2026-01-02", "InForce", "2025-05-01", true)]
    [InlineData("2026-09-01", "InForce", "2026-09-01", true)]
    [InlineData("2099-01-01", "InForce", "2026-09-01", true)]
    public void The_text_in_force_on_a_day_is_the_latest_version_effective_by_then_corrections_included(string day, string kind, string version, bool afterAsOf)
    {
        var answer = new VersionTimeline(Policy, Day("2026-01-01")).InForceOn(Day(day));

        Assert.Equal((kind, version, afterAsOf), (answer.Kind.ToString(), answer.Version.Key, answer.IsAfterAsOf));
    }

    [Theory]
    [InlineData("2025-12-31", "InForce", "2025-05-01")]
    [InlineData("2026-01-01", "Withdrawn", "2025-05-01")]
    [InlineData("2030-01-01", "Withdrawn", "2025-05-01")]
    [InlineData("2023-01-01", "NotYetInForce", "2023-03-01")]
    public void From_the_withdrawal_on_no_version_is_in_force_whether_the_withdrawal_has_come_or_is_announced(string day, string kind, string version)
    {
        var withdrawn = Policy with { Versions = Policy.Versions.Take(3).ToList(), WithdrawnOn = Day("2026-01-01") };

        foreach (var asOf in new[] { "2025-06-01", "2026-06-01" })
        {
            var answer = new VersionTimeline(withdrawn, Day(asOf)).InForceOn(Day(day));
            Assert.Equal((kind, version), (answer.Kind.ToString(), answer.Version.Key));
        }
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2023-03-01")]
    [InlineData("2025-06-01")]
    [InlineData("2026-09-01")]
    [InlineData("2030-01-01")]
    public void On_the_as_of_date_the_answer_is_the_current_version(string asOf)
    {
        var timeline = new VersionTimeline(Policy, Day(asOf));
        var answer = timeline.InForceOn(Day(asOf));

        Assert.Equal(timeline.Current?.Key, answer.Kind == PointInTimeKind.InForce ? answer.Version.Key : null);
        Assert.False(answer.IsAfterAsOf);
    }
}
