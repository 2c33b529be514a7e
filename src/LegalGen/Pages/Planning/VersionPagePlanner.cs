using LegalGen.Model;
using LegalGen.Pages.Models;

namespace LegalGen.Pages.Planning;

/// <summary>Plans one version's permalink.</summary>
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
            view.IsFallback ? SiteUrls.Version(version.SourceLanguage, policy.Slug, version.Key) : null);
        return new VersionPage(frame, context.PolicyInfoOf(policy, language, path), view, context.PointInTimeOf(policy, language, path, version));
    }
}
