using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a policy's compare page: a table of every ordered pair of versions, linking the pairs that have a diff page (<see cref="DiffPairs"/>; in the binding language where a translation is missing).</summary>
internal static class ComparePagePlanner
{
    public static ComparePage Plan(PlanningContext context, Policy policy, string language)
    {
        var path = SiteUrls.Compare(language, policy.Slug);
        var timeline = context.TimelineOf(policy);
        var pairs = DiffPairs.For(timeline).Select(p => (p.From.Date, p.To.Date)).ToHashSet();
        var versions = policy.Versions.Select(v => context.Link(path, language, policy, v)).ToList();
        var rows = policy.Versions
            .Select(from => new CompareRow(
                context.Link(path, language, policy, from),
                policy.Versions
                    .Select(to => pairs.Contains((from.Date, to.Date)) ? SiteUrls.Relative(path, DiffPairs.PathFor(timeline, from, to, language)) : null)
                    .ToList()))
            .Where(row => row.Urls.Any(u => u is not null))
            .ToList();
        var info = context.PolicyInfoOf(policy, language, path);
        var frame = context.Frame(PageKind.Compare, language, path, info.Title, l => SiteUrls.Compare(l, policy.Slug), context.PolicyFeedLinks(path, language, policy));
        return new ComparePage(frame, info, new CompareView(versions, rows, pairs.Count));
    }
}
