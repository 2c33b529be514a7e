using LegalGen.Model;
using LegalGen.Pages.Models;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a policy's own page: its featured version (the one in force, else the first upcoming one), whose text the search index holds from this page.</summary>
internal static class CurrentVersionPagePlanner
{
    public static CurrentVersionPage Plan(PlanningContext context, Policy policy, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Policy(language, policy.Slug);
        var featured = context.TimelineOf(policy).Featured;
        var view = context.VersionViewOf(policy, featured, language, path, texts);
        // As on a version's page: a language showing the binding text is no alternate, and its canonical page is the binding language's.
        var frame = context.Frame(PageKind.Policy, language, path, view.Title, l => SiteUrls.Policy(l, policy.Slug), context.PolicyFeedLinks(path, language, policy),
            l => featured.In(l) is not null, view.IsFallback ? SiteUrls.Policy(featured.SourceLanguage, policy.Slug) : null) with
        {
            // The featured version's text is searched here, at the address readers keep, not on its permalink.
            Searchable = context.HasSearch && !view.IsFallback,
        };
        return new CurrentVersionPage(frame, context.PolicyInfoOf(policy, language, path), view, context.PointInTimeOf(policy, language, path, featured));
    }
}
