using LegalGen.Html;
using LegalGen.Model;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

internal sealed partial class PlanningContext
{
    /// <summary>
    /// Which version of a policy was in force when, for the page at <paramref name="from"/>: the ranges of the change log's
    /// table and the date picker's data, each version linked in <paramref name="language"/>.
    /// </summary>
    /// <param name="shown">The version the page shows; null on the change log.</param>
    public PointInTimeView PointInTimeOf(Policy policy, string language, string from, PolicyVersion? shown)
    {
        var timeline = TimelineOf(policy);
        var ranges = policy.Versions
            .Reverse()
            .Select(v => new InForceRange(Link(from, language, policy, v), v.Key, DateKey.Of(timeline.LastDayInForce(v)), timeline.StatusOf(v)))
            .ToList();
        var changes = SiteUrls.Changes(language, policy.Slug);
        return new PointInTimeView(
            ranges,
            (from == changes ? "" : SiteUrls.Relative(from, changes)) + "#in-force",
            SiteUrls.Relative(from, SiteUrls.Asset("point-in-time.js")),
            new RawHtml(PointInTimeScriptData.Json(timeline, language, from, shown, StringsIn(language))));
    }
}
