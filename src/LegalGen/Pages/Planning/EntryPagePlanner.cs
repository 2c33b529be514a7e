using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>Plans the site's entry page: every language, in its own words, with its policies.</summary>
internal static class EntryPagePlanner
{
    public static EntryPage Plan(PlanningContext context)
    {
        var path = SiteUrls.Entry;
        var settings = context.Settings;
        var language = settings.DefaultLanguage;
        var languages = settings.Languages
            .Select(l => new LanguageEntry(l, context.NameOf(l), LanguageNames.DirectionOf(l), context.SiteTitleIn(l),
                SiteUrls.Relative(path, SiteUrls.Home(l)), context.PolicyEntries(path, l)))
            .ToList();
        var frame = context.Frame(PageKind.Index, language, path, settings.Title.For(language, language), _ => SiteUrls.Entry);
        return new EntryPage(frame, languages);
    }
}
