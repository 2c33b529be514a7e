using LegalGen.Pages.Models;

namespace LegalGen.Pages.Planning;

/// <summary>Plans a language's home: the site's policies, announcing the language's feed.</summary>
internal static class HomePagePlanner
{
    public static HomePage Plan(PlanningContext context, string language)
    {
        var path = SiteUrls.Home(language);
        var frame = context.Frame(PageKind.Home, language, path, context.SiteTitleIn(language), SiteUrls.Home, [context.LanguageFeedLink(path, language)]);
        return new HomePage(frame, context.PolicyEntries(path, language));
    }
}
