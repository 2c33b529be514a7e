using System.Text;
using LegalGen.Pages;
using LegalGen.Pages.Views;

namespace LegalGen.Publishing;

/// <summary>
/// Writes <c>sitemap.xml</c>: every canonical page's absolute address, sorted. The languages of a page are not repeated here:
/// each page names its hreflang alternates and <c>x-default</c> in its <c>&lt;link rel="alternate"&gt;</c>, which search
/// engines read as well, so the sitemap stays a fraction of its former size. Beyond the protocol's limits per file —
/// <see cref="MaxUrlsPerFile"/> addresses, <see cref="MaxBytesPerFile"/> bytes — it writes numbered sitemaps and an index.
/// </summary>
public static class SitemapWriter
{
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>50 MB (52,428,800 bytes), uncompressed, as the protocol counts.</summary>
    public const int MaxBytesPerFile = 50 * 1024 * 1024;

    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>What a file holds besides its addresses: the declaration and the root element, generously counted.</summary>
    private const int Envelope = 512;

    /// <summary>The files to write: site path → content.</summary>
    public static IReadOnlyList<(string Path, string Content)> Write(Uri baseUrl, IEnumerable<PageFrame> pages, int maxUrls = MaxUrlsPerFile, int maxBytes = MaxBytesPerFile)
    {
        // A page whose canonical address is another page's (a language showing the binding text) is not listed: the
        // sitemap names canonical addresses only, and that page's is listed as itself.
        var addresses = pages.Select(p => (Own: SiteUrls.Absolute(baseUrl, SiteUrls.Pretty(p.Path)), p.CanonicalUrl))
            .Where(p => p.CanonicalUrl is null || p.CanonicalUrl == p.Own)
            .Select(p => p.Own).Order(StringComparer.Ordinal).ToList();
        var chunks = Chunks(addresses, maxUrls, maxBytes);
        if (chunks.Count <= 1) return [(SiteUrls.Sitemap, UrlSet(chunks.FirstOrDefault() ?? []))];

        var files = chunks.Select((chunk, i) => ($"sitemap-{i + 1}.xml", UrlSet(chunk))).ToList();
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

    /// <summary>The addresses cut into files of at most <paramref name="maxUrls"/> addresses and <paramref name="maxBytes"/> bytes each.</summary>
    private static List<List<string>> Chunks(List<string> addresses, int maxUrls, int maxBytes)
    {
        var chunks = new List<List<string>>();
        var current = new List<string>();
        var bytes = Envelope;
        foreach (var address in addresses)
        {
            // <url><loc>…</loc></url> and a line break; escaping can only make '&' longer, by four bytes each.
            var size = 25 + Encoding.UTF8.GetByteCount(address) + 4 * address.Count(c => c == '&');
            if (current.Count > 0 && (current.Count == maxUrls || bytes + size > maxBytes))
            {
                chunks.Add(current);
                current = [];
                bytes = Envelope;
            }

            current.Add(address);
            bytes += size;
        }

        if (current.Count > 0) chunks.Add(current);
        return chunks;
    }

    private static string UrlSet(IEnumerable<string> addresses) => XmlOutput.Write(xml =>
    {
        xml.WriteStartElement("urlset", Sitemaps);
        foreach (var address in addresses)
        {
            xml.WriteStartElement("url", Sitemaps);
            xml.WriteElementString("loc", Sitemaps, address);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });
}
