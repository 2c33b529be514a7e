using LegalGen.Pages.Models;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>
/// Plans the page a static host serves for any missing address, at any depth: its links are absolute (under
/// the base URL, else from the host's root), and it speaks every language of the site.
/// </summary>
internal static class NotFoundPagePlanner
{
    public static NotFoundPage Plan(PlanningContext context)
    {
        var settings = context.Settings;
        var language = settings.DefaultLanguage;
        string At(string path) => context.BaseUrl is null ? "/" + path : SiteUrls.Absolute(context.BaseUrl, path);
        var frame = new PageFrame
        {
            Kind = PageKind.NotFound,
            Lang = language,
            Dir = LanguageNames.DirectionOf(language),
            Title = context.StringsIn(language).Get("not_found_title"),
            StatusAsOf = context.AsOf,
            SiteTitle = context.SiteTitleIn(language),
            Root = At(""),
            Path = SiteUrls.NotFound,
            Stylesheet = At(SiteUrls.Asset("style.css")),
            EntryUrl = At(""),
            HomeUrl = At(SiteUrls.Pretty(SiteUrls.Home(language))),
            Languages = settings.Languages
                .Select(l => new LanguageLink(l, context.NameOf(l), LanguageNames.DirectionOf(l), At(SiteUrls.Pretty(SiteUrls.Home(l))), false, SiteUrls.Home(l)))
                .ToList(),
            DefaultLanguageUrl = At(SiteUrls.Pretty(SiteUrls.Home(language))),
            SearchUrl = context.HasSearch ? At(SiteUrls.Search(language)) : null,
        };
        var messages = settings.Languages
            .Select(l => new NotFoundMessage(l, LanguageNames.DirectionOf(l), context.StringsIn(l).Text("not_found_title"), context.StringsIn(l).Text("not_found_text"),
                At(SiteUrls.Pretty(SiteUrls.Home(l))), context.SiteTitleIn(l)))
            .ToList();
        return new NotFoundPage(frame, messages);
    }
}
