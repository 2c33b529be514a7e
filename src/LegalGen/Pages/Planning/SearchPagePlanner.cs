using LegalGen.Html;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a language's search page, for a site built with search.</summary>
internal static class SearchPagePlanner
{
    public static SearchPage Plan(PlanningContext context, string language)
    {
        var path = SiteUrls.Search(language);
        var ui = context.StringsIn(language);
        var frame = context.Frame(PageKind.Search, language, path, ui.Get("search_title"), SiteUrls.Search);
        var data = SearchScriptData.Json(SiteUrls.Relative(path, SiteUrls.SearchIndexScript), ui);
        return new SearchPage(frame, new SearchView(SiteUrls.Relative(path, SiteUrls.Asset("search.js")), new RawHtml(data)));
    }
}
