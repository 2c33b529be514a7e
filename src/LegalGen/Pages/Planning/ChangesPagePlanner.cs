using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a policy's change log: every version, newest first, with the sections its redline against the previous one touches.</summary>
internal static class ChangesPagePlanner
{
    public static ChangesPage Plan(PlanningContext context, Policy policy, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Changes(language, policy.Slug);
        var timeline = context.TimelineOf(policy);
        var entries = policy.Versions
            .Reverse()
            .Select(v =>
            {
                var view = context.VersionViewOf(policy, v, language, path, texts, withContent: false);
                var previous = timeline.Previous(v);
                if (previous is null) return new ChangeEntry(view, []);
                var (from, to) = PolicyTexts.TextsFor(previous, v, language);
                var diffPath = context.DiffPath(language, policy, previous, v);
                return new ChangeEntry(view, context.Sections(texts.Diff(from, to), from.Language, path, diffPath, language));
            })
            .ToList();
        var info = context.PolicyInfoOf(policy, language, path);
        var frame = context.Frame(PageKind.Changes, language, path, info.Title, l => SiteUrls.Changes(l, policy.Slug), context.PolicyFeedLinks(path, language, policy));
        return new ChangesPage(frame, info, entries, context.PointInTimeOf(policy, language, path, shown: null));
    }
}
