using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Pages.Models;
using LegalGen.Pages.Planning;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// Lists every page of the site, in order: the entry page, each language's home, the 404 page and, with <c>search</c>,
/// each language's search page (<see cref="SitePages"/>), and for each policy and language its current version, every version's permalink
/// and parallel view, the change log, the compare page and the diff pages (in the languages both versions are translated into) (<see cref="PolicyPages(Policy, PolicyTexts)"/>).
/// Each page is listed as the work of planning it, which one planner per kind does (<c>Pages/Planning</c>): cheap to
/// list, so the planning itself (a redline, a text's views) runs in parallel where the pages are rendered, and a
/// policy's texts can be let go once its pages are written. With <c>compareEngine</c>, the site carries the in-browser
/// comparison's engine, and compare pages compare the pairs that have no diff page. With <c>search</c>, the site is built
/// with a search index: every page links its language's search page, and the versions' pages mark their text for the index.
/// With <c>pdfs</c>, the build prints each version's page to a PDF (<see cref="Pdf.VersionPdfs"/>), and the version pages link to it.
/// </summary>
public sealed class PagePlanner(
    Site site,
    IReadOnlyDictionary<string, VersionTimeline> timelines,
    IReadOnlyDictionary<string, InterfaceStrings> strings,
    DateOnly asOf,
    Uri? baseUrl = null,
    bool compareEngine = false,
    bool search = false,
    bool pdfs = false)
{
    private readonly PlanningContext _context = new(site, timelines, strings, asOf, baseUrl, compareEngine, search, pdfs);

    /// <summary>The pages that list policies (they need titles and dates, not texts), each as the work of planning it.</summary>
    public IEnumerable<Func<PageModel>> SitePages()
    {
        yield return () => EntryPagePlanner.Plan(_context);
        foreach (var language in site.Settings.Languages)
            yield return () => HomePagePlanner.Plan(_context, language);
        yield return () => NotFoundPagePlanner.Plan(_context);
        if (!_context.HasSearch) yield break;
        foreach (var language in site.Settings.Languages)
            yield return () => SearchPagePlanner.Plan(_context, language);
    }

    /// <summary>Every page of one policy, in every language, each as the work of planning it.</summary>
    public IEnumerable<Func<PageModel>> PolicyPages(Policy policy, PolicyTexts texts) =>
        site.Settings.Languages.SelectMany(language => PolicyPages(policy, language, texts));

    private IEnumerable<Func<PageModel>> PolicyPages(Policy policy, string language, PolicyTexts texts)
    {
        yield return () => CurrentVersionPagePlanner.Plan(_context, policy, language, texts);
        foreach (var version in policy.Versions)
        {
            yield return () => VersionPagePlanner.Plan(_context, policy, version, language, texts);
            if (PlanningContext.HasParallel(version, language)) yield return () => ParallelPagePlanner.Plan(_context, policy, version, language, texts);
        }

        yield return () => ChangesPagePlanner.Plan(_context, policy, language, texts);
        yield return () => ComparePagePlanner.Plan(_context, policy, language);
        foreach (var pair in DiffPairs.For(timelines[policy.Slug]).Where(p => DiffPairs.PageLanguage(p.From, p.To, language) == language))
            yield return () => DiffPagePlanner.Plan(_context, policy, pair, language, texts);
    }
}
