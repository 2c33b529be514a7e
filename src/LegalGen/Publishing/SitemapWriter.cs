using LegalGen.Pages;
using LegalGen.Pages.Views;

namespace LegalGen.Publishing;

/// <summary>
/// Writes <c>sitemap.xml</c>: every page's absolute address with <c>xhtml:link</c> hreflang alternates
/// (and <c>x-default</c>), sorted by address. Above 50,000 addresses (the protocol's limit per file) it
/// writes numbered sitemaps and an index.
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>The files to write: site path → content.</summary>
    public static IReadOnlyList<(string Path, string Content)> Write(Uri baseUrl, string defaultLanguage, IEnumerable<PageFrame> pages)
    {
        var sorted = pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        if (sorted.Count <= MaxUrlsPerFile) return [(SiteUrls.Sitemap, UrlSet(baseUrl, defaultLanguage, sorted))];

        var files = sorted.Chunk(MaxUrlsPerFile).Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(baseUrl, defaultLanguage, chunk))).ToList();
        var index = XmlOutput.Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Sitemaps);
            foreach (var (path, _) in files)
            {
                xml.WriteStartElement("sitemap", Sitemaps);
                xml.WriteElementString("loc", Sitemaps, SiteUrls.Absolute(baseUrl, path));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        });
        return [(SiteUrls.Sitemap, index), .. files];
    }

    private static string UrlSet(Uri baseUrl, string defaultLanguage, IEnumerable<PageFrame> pages) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Sitemaps);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", Sitemaps);
            xml.WriteElementString("loc", Sitemaps, SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(page.Path)));
            foreach (var alternate in page.Languages.Where(l => l.IsEquivalent))
                Alternate(xml, alternate.Code, SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(alternate.Path)));
            var binding = page.Languages.FirstOrDefault(l => l.Code == defaultLanguage && l.IsEquivalent);
            if (binding is not null) Alternate(xml, "x-default", SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(binding.Path)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Alternate(System.Xml.XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
