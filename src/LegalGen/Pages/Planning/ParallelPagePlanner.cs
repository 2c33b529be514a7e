using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;
using LegalGen.Translations;

namespace LegalGen.Pages.Planning;

/// <summary>
/// Plans a translation's parallel page: its blocks beside the binding text's, aligned by structure. Its
/// switcher leads each language to its own parallel page, or to the version's permalink where the language
/// has no translation (and so no parallel page).
/// </summary>
internal static class ParallelPagePlanner
{
    public static ParallelPage Plan(PlanningContext context, Policy policy, PolicyVersion version, string language, PolicyTexts texts)
    {
        var path = SiteUrls.Parallel(language, policy.Slug, version.Key);
        var source = context.VersionViewOf(policy, version, version.SourceLanguage, path, texts, withContent: false);
        var translation = context.VersionViewOf(policy, version, language, path, texts, withContent: false);
        // The view carries neither text's anchors: a link to a fragment of a text leads to it on the text's own page.
        var sourcePage = SiteUrls.Relative(path, SiteUrls.Version(version.SourceLanguage, policy.Slug, version.Key));
        var translationPage = SiteUrls.Relative(path, SiteUrls.Version(language, policy.Slug, version.Key));
        var rows = StructureAligner.Align(texts.Document(version.Source).Blocks, texts.Document(version.In(language)!).Blocks)
            .Select(pair => new ParallelRow(
                pair.Source is null ? null : BlockHtmlWriter.Fragment(pair.Source, sourcePage),
                pair.Translation is null ? null : BlockHtmlWriter.Fragment(pair.Translation, translationPage),
                pair.IsMatched))
            .ToList();
        var frame = context.Frame(PageKind.Parallel, language, path, translation.Title,
            l => PlanningContext.HasParallel(version, l) ? SiteUrls.Parallel(l, policy.Slug, version.Key) : SiteUrls.Version(l, policy.Slug, version.Key),
            context.PolicyFeedLinks(path, language, policy),
            l => PlanningContext.HasParallel(version, l));
        return new ParallelPage(frame, context.PolicyInfoOf(policy, language, path), new ParallelView(source, translation, rows, rows.Count(r => !r.Matched)));
    }
}
