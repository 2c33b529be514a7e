using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Model;

namespace LegalGen.Timeline;

/// <summary>
/// site.yml's <c>notice_period_days</c>: the fewest days readers are promised between the announcement of a change and
/// the day it takes effect. A change announced later than that (<c>published:</c>) is a warning at its date; so is an
/// upcoming change that does not say when it was announced, since readers cannot tell the notice was given. Editorial
/// corrections change no rights or duties and need no notice, and a policy's first version changes nothing.
/// </summary>
public static class NoticePeriod
{
    public static void Check(int? noticePeriodDays, VersionTimeline timeline, DiagnosticBag diagnostics)
    {
        if (noticePeriodDays is not { } required) return;
        foreach (var version in timeline.Versions.Skip(1).Where(v => !v.IsEditorial))
        {
            var binding = version.Source;
            if (binding.Published is { } published)
            {
                var given = version.Date.DayNumber - published.Date.DayNumber;
                if (given >= required) continue;
                var announced = given >= 0 ? $"{Days(given)} before it takes effect" : $"{Days(-given)} after it took effect";
                diagnostics.Warning(DiagnosticCodes.NoticeTooShort, published.Location,
                    $"this change was announced {announced} ({version.Key}), and site.yml's notice period is {Days(required)}",
                    $"give readers the notice: make the version take effect on {DateKey.Of(published.Date.AddDays(required))} or later (rename its files), or correct 'published:' if it is mistyped");
            }
            else if (timeline.StatusOf(version) == VersionStatus.Upcoming)
            {
                diagnostics.Warning(DiagnosticCodes.NoticeUndated, SourceLocation.StartOf(binding.SourcePath),
                    $"this change takes effect on {version.Key} and does not say when it was announced, so readers cannot tell that site.yml's notice period of {Days(required)} was kept",
                    "add 'published: YYYY-MM-DD' to the front matter: the day the change was announced to readers");
            }
        }
    }

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
