using System.Text;
using LegalGen.Html;
using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Pages;

namespace LegalGen.Pdf;

/// <summary>
/// The PDFs a build makes: one per version and language the version is written in (its binding text and each
/// translation), printed from that version's page. A language without a translation shows the binding text on its page,
/// and links to the binding text's PDF rather than printing the same text again. Each PDF's header names the document,
/// the version and the language, its footer the version's permanent address and the page's number, in the page's language.
/// </summary>
public static class VersionPdfs
{
    /// <summary>The print jobs of every version of every policy of <paramref name="site"/>, sorted by policy, date and language.</summary>
    public static IReadOnlyList<PdfPrintJob> For(Site site, IReadOnlyDictionary<string, InterfaceStrings> strings, Uri? baseUrl, DateOnly asOf) =>
        [.. from policy in site.Policies
            from version in policy.Versions
            from language in site.Settings.Languages
            let translation = version.In(language)
            where translation is not null
            select JobOf(site.Settings, policy, version, translation, strings[language], baseUrl, asOf)];

    private static PdfPrintJob JobOf(
        SiteSettings settings, Policy policy, PolicyVersion version, Translation translation, InterfaceStrings strings, Uri? baseUrl, DateOnly asOf)
    {
        var language = translation.Language;
        var page = SiteUrls.Version(language, policy.Slug, version.Key);
        var address = baseUrl is null ? SiteUrls.Pretty(page) : SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(page));
        var versionOf = strings.Get("version_of", strings.Date(version.Date));
        var header = Line(language, HtmlText.Escape(translation.Title), HtmlText.Escape($"{versionOf} · {LanguageNames.NameOf(language, settings.LanguageNames)}"));
        var footer = Line(language, HtmlText.Escape(address), PageNumbers(strings));
        return new PdfPrintJob(page, SiteUrls.VersionPdf(language, policy.Slug, version.Key), header, footer, asOf);
    }

    /// <summary>"Page 3 of 12" in the page's language, the numbers left for the browser to fill in.</summary>
    private static string PageNumbers(InterfaceStrings strings) =>
        HtmlText.Escape(strings.Get("pdf_page_of", "\u0001", "\u0002"))
            .Replace("\u0001", "<span class=\"pageNumber\"></span>", StringComparison.Ordinal)
            .Replace("\u0002", "<span class=\"totalPages\"></span>", StringComparison.Ordinal);

    /// <summary>
    /// A header or footer: two pieces of HTML at either end of one line in small type. A browser prints it outside the
    /// page's own styles and fonts, so it says everything it needs itself; the page's margins leave room for it.
    /// </summary>
    private static string Line(string language, string start, string end) => new StringBuilder()
        .Append("<div lang=\"").AppendEscaped(language).Append("\" dir=\"").Append(LanguageNames.DirectionOf(language))
        .Append("\" style=\"box-sizing: border-box; width: 100%; padding: 0 15mm; display: flex; justify-content: space-between; gap: 6mm; ")
        .Append("font-family: system-ui, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; font-size: 8pt; color: #000;\">")
        .Append("<span style=\"overflow-wrap: anywhere;\">").Append(start).Append("</span>")
        .Append("<span style=\"white-space: nowrap;\">").Append(end).Append("</span></div>")
        .ToString();
}
