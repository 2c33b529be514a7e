using LegalGen.Model;
using LegalGen.Pages.Models;

namespace LegalGen.Pages.Planning;

/// <summary>Plans one version's permalink; its text is searched here unless the policy's own page shows it.</summary>
internal static class VersionPagePlanner
{
    public static VersionPage Plan(PlanningContext context, Policy policy, PolicyVersion version, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Version(language, policy.Slug, version.Key);
        var view = context.VersionViewOf(policy, version, language, path, texts);
        // A language without a translation shows the binding text: its page is a copy of the binding language's, not
        // an equivalent in its own language, so it names that page as canonical and no language as its own alternate.
        var frame = context.Frame(PageKind.Version, language, path, view.Title, l => SiteUrls.Version(l, policy.Slug, version.Key),
            context.PolicyFeedLinks(path, language, policy), l => version.In(l) is not null,
            view.IsFallback ? SiteUrls.Version(version.SourceLanguage, policy.Slug, version.Key) : null) with
        {
            // The featured version is searched on the policy's own page; a fallback's text is searched in its own language.
            Searchable = context.HasSearch && !view.IsFallback && version != context.TimelineOf(policy).Featured,
        };
        return new VersionPage(frame, context.PolicyInfoOf(policy, language, path), view, context.PointInTimeOf(policy, language, path, version));
    }
}
