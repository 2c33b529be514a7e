using LegalGen.Model;
using LegalGen.Pages.Models;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a policy's own page: its featured version (the one in force, else the first upcoming one), whose text the search index holds from this page.</summary>
internal static class CurrentVersionPagePlanner
{
    public static CurrentVersionPage Plan(PlanningContext context, Policy policy, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Policy(language, policy.Slug);
        var view = context.VersionViewOf(policy, context.TimelineOf(policy).Featured, language, path, texts);
        var frame = context.Frame(PageKind.Policy, language, path, view.Title, l => SiteUrls.Policy(l, policy.Slug), context.PolicyFeedLinks(path, language, policy)) with
        {
            // The featured version's text is searched here, at the address readers keep, not on its permalink.
            Searchable = context.HasSearch && !view.IsFallback,
        };
        return new CurrentVersionPage(frame, context.PolicyInfoOf(policy, language, path), view);
    }
}
