using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Publishing;

/// <summary>Feeds, sitemap, robots.txt, versions.json, canonical links and the 404 page of a built site.</summary>
public sealed class PublishingTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TestSite _site = new TestSite("title: { pl: Dokumenty, en: Documents }\nbase_url: https://legal.example.com/docs\ndefault_language: pl\nlanguages: [pl, en]\n")
        .Version("privacy/2024-01-15.pl.md", "title: Polityka", "## Logi\n\nLogi 30 dni.\n")
        .Version("privacy/2024-01-15.en.md", "title: Policy", "## Logs\n\nLogs 30 days.\n")
        .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.\nchanges:\n  - Krócej.", "## Logi\n\nLogi 14 dni.\n")
        .Version("privacy/2027-01-01.pl.md", "title: Polityka\nsummary: Poprawki.\neditorial: true", "## Logi\n\nLogi 14 dni, poprawione.\n");

    public PublishingTests() => _site.BuildSucceeding("2026-01-01");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_policy_has_an_Atom_feed_per_language_with_one_entry_per_version()
    {
        var feed = XDocument.Parse(_site.Read("en/privacy/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://legal.example.com/docs/en/privacy/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.NotEmpty(feed.Element(Atom + "title")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("https://legal.example.com/docs/en/privacy/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["https://legal.example.com/docs/en/privacy/2027-01-01/", "https://legal.example.com/docs/en/privacy/2025-03-01/", "https://legal.example.com/docs/en/privacy/2024-01-15/"],
            entries.Select(e => e.Element(Atom + "id")!.Value));
        // The upcoming version does not say when it was announced: a feed never dates news after its as-of date.
        Assert.Equal(["2026-01-01T00:00:00Z", "2025-03-01T00:00:00Z", "2024-01-15T00:00:00Z"], entries.Select(e => e.Element(Atom + "updated")!.Value));
        Assert.Equal("2026-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Equal(["upcoming", "editorial"], entries[0].Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
        // No English text of 2025-03-01: the binding language's diff page is the one to read.
        Assert.Equal("https://legal.example.com/docs/pl/privacy/diff/2024-01-15..2025-03-01/",
            entries[1].Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "related").Attribute("href")!.Value);
        Assert.Equal("Logi 14 dni.", entries[1].Element(Atom + "summary")!.Value);
        Assert.Equal("pl", entries[1].Element(Atom + "summary")!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains("Krócej.", entries[1].Element(Atom + "content")!.Descendants(Xhtml + "li").Select(li => li.Value));
    }

    [Fact]
    public void Each_language_has_a_feed_of_every_policy_and_pages_link_their_feeds()
    {
        Assert.Equal(3, XDocument.Parse(_site.Read("pl/feed.xml")).Root!.Elements(Atom + "entry").Count());

        var links = _site.Page("en/privacy/index.html").QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["feed.xml", "../feed.xml"], links);
        Assert.Equal(["feed.xml"], _site.Page("en/index.html").QuerySelectorAll("link[type='application/atom+xml']").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void The_sitemap_lists_every_page_once_and_the_pages_carry_reciprocal_hreflang_alternates()
    {
        var urls = XDocument.Parse(_site.Read("sitemap.xml")).Root!.Elements(Sitemaps + "url").ToList();

        // English has no text of 2025-03-01, the current version, nor of 2027-01-01: those pages show the Polish text and are not listed.
        var fallbacks = new[] { "en/privacy/", "en/privacy/2025-03-01/", "en/privacy/2027-01-01/" }.Select(p => "https://legal.example.com/docs/" + p);
        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "index.html", SearchOption.AllDirectories)
            .Select(f => "https://legal.example.com/docs/" + Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/').Replace("index.html", ""))
            .Except(fallbacks)
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, urls.Select(u => u.Element(Sitemaps + "loc")!.Value));
        Assert.Empty(urls.SelectMany(u => u.Elements(Xhtml + "link")));

        // The alternates are on the pages: each names itself and each alternate names it back.
        var alternates = pages.ToDictionary(p => p, p => _site.Page(p["https://legal.example.com/docs/".Length..] + "index.html")
            .QuerySelectorAll("link[rel=alternate][hreflang]").Where(l => l.GetAttribute("hreflang") != "x-default")
            .Select(l => new Uri(new Uri(p), l.GetAttribute("href")!).AbsoluteUri.Replace("index.html", "")).ToHashSet());
        foreach (var (loc, others) in alternates.Where(a => a.Value.Count > 0))
        {
            Assert.Contains(loc, others);
            foreach (var other in others) Assert.Contains(loc, alternates[other]);
        }

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://legal.example.com/docs/sitemap.xml\n", _site.Read("robots.txt"));
    }

    [Fact]
    public void A_page_showing_the_binding_text_names_the_binding_page_as_canonical_and_claims_no_alternate_of_its_own()
    {
        foreach (var (fallback, binding) in new[] { ("en/privacy/2025-03-01/", "pl/privacy/2025-03-01/"), ("en/privacy/", "pl/privacy/") })
        {
            var page = _site.Page(fallback + "index.html");
            Assert.Equal("https://legal.example.com/docs/" + binding, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
            Assert.Equal(["pl", "x-default"], alternates);
            // The binding page does not name the copy as its English equivalent either; the switcher still leads there.
            var bindingPage = _site.Page(binding + "index.html");
            Assert.Equal(["pl", "x-default"], bindingPage.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
            Assert.NotNull(bindingPage.QuerySelector(".language-switcher a[hreflang=en]"));
            Assert.NotNull(page.QuerySelector(".language-switcher a[hreflang=pl]"));
        }

        var translatedPage = _site.Page("en/privacy/2024-01-15/index.html");
        Assert.Equal("https://legal.example.com/docs/en/privacy/2024-01-15/", translatedPage.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(["pl", "en", "x-default"], translatedPage.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")));
    }

    [Fact]
    public void A_sitemap_beyond_the_limits_of_one_file_becomes_an_index_of_files_within_them()
    {
        var frames = Enumerable.Range(0, 7).Select(i => new LegalGen.Pages.Views.PageFrame
        {
            Kind = LegalGen.Pages.PageKind.Version, Lang = "en", Dir = "ltr", Title = "t", StatusAsOf = default, SiteTitle = "s", Root = "", Path = $"en/p/{i}/index.html",
            Stylesheet = "", EntryUrl = "", HomeUrl = "", Languages = [], DefaultLanguageUrl = "",
        });
        var root = new Uri("https://legal.example.com/");

        var byCount = LegalGen.Publishing.SitemapWriter.Write(root, frames, maxUrls: 3);
        var byBytes = LegalGen.Publishing.SitemapWriter.Write(root, frames, maxBytes: 512 + 2 * 60);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], byCount.Select(f => f.Path));
        Assert.Equal([3, 3, 1], byCount.Skip(1).Select(f => XDocument.Parse(f.Content).Root!.Elements(Sitemaps + "url").Count()));
        Assert.Equal(["https://legal.example.com/sitemap-1.xml", "https://legal.example.com/sitemap-2.xml", "https://legal.example.com/sitemap-3.xml"],
            XDocument.Parse(byCount[0].Content).Root!.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value));
        Assert.All(byBytes.Skip(1), f => Assert.True(System.Text.Encoding.UTF8.GetByteCount(f.Content) <= 512 + 2 * 60, f.Path));
        Assert.Equal(7, byBytes.Skip(1).Sum(f => XDocument.Parse(f.Content).Root!.Elements(Sitemaps + "url").Count()));
    }

    [Fact]
    public void Versions_json_records_every_version_with_the_true_hash_of_its_source()
    {
        using var json = JsonDocument.Parse(_site.Read("versions.json"));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("2026-01-01", root.GetProperty("as_of").GetString());
        var policy = root.GetProperty("policies")[0];
        Assert.Equal("2025-03-01", policy.GetProperty("current").GetString());
        var versions = policy.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["superseded", "current", "upcoming"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal("2025-02-28", versions[0].GetProperty("in_force_until").GetString());
        foreach (var translation in versions.SelectMany(v => v.GetProperty("translations").EnumerateArray()))
        {
            var source = translation.GetProperty("source").GetString()!;
            var bytes = File.ReadAllBytes(Path.Combine(_site.ContentDirectory, source));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), translation.GetProperty("sha256").GetString());
        }

        var english = versions[1].GetProperty("pages").EnumerateArray().Single(p => p.GetProperty("language").GetString() == "en");
        Assert.Equal("https://legal.example.com/docs/en/privacy/2025-03-01/", english.GetProperty("url").GetString());
        Assert.Equal("pl", english.GetProperty("text_language").GetString());
    }

    [Fact]
    public void Pages_name_their_canonical_address_and_base_url_can_be_overridden()
    {
        Assert.Equal("https://legal.example.com/docs/pl/privacy/2024-01-15/", _site.Page("pl/privacy/2024-01-15/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var preview = LegalGen.Build.SiteBuilder.Build(new LegalGen.Build.BuildOptions(
            _site.ContentDirectory, _site.TemplatesDirectory, _site.OutputDirectory, new DateOnly(2026, 1, 1), BaseUrl: "https://preview.example.org/pr-42"));

        Assert.True(preview.Succeeded);
        Assert.Equal("https://preview.example.org/pr-42/pl/", _site.Page("pl/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_speaks_every_language_with_links_that_work_at_any_depth()
    {
        var page = _site.Page("404.html");

        Assert.Equal(["pl", "en"], page.QuerySelectorAll(".not-found").Select(s => s.GetAttribute("lang")));
        Assert.Equal("https://legal.example.com/docs/assets/style.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("https://legal.example.com/docs/en/", page.QuerySelector(".not-found[lang=en] a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_404_page_carries_the_rules_it_needs_for_when_its_stylesheet_does_not_load()
    {
        var page = _site.Page("404.html");

        // Read from file:// or on a preview host, the base URL's stylesheet may not answer: the page is styled anyway.
        var style = page.Head!.QuerySelector("style");
        Assert.NotNull(style);
        Assert.Contains(".site-header,main,.site-footer{max-width:46rem", style!.TextContent);
        Assert.Contains("font:1.0625rem/1.6 system-ui", style.TextContent);
        // Before the stylesheet, which refines it where it loads.
        Assert.Equal(["STYLE", "LINK"], page.Head.Children.Where(e => e.LocalName == "style" || e.GetAttribute("rel") == "stylesheet").Select(e => e.TagName));
        Assert.Null(_site.Page("pl/index.html").Head!.QuerySelector("style"));
    }

    [Fact]
    public void Without_a_base_url_the_site_still_builds_and_says_what_it_left_out_without_a_warning()
    {
        using var site = new TestSite("title: T\ndefault_language: pl\nlanguages: [pl]\n").Version("privacy/2024-01-15.pl.md", "title: P");

        var result = site.Build(strict: true);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Summary!.WithoutBaseUrl);
        Assert.True(site.Check(strict: true).Summary!.WithoutBaseUrl);
        Assert.False(site.Exists("sitemap.xml"));
        Assert.False(site.Exists("pl/privacy/feed.xml"));
        Assert.True(site.Exists("versions.json"));
        Assert.Equal("/assets/style.css", site.Page("404.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Null(site.Page("pl/index.html").QuerySelector("link[rel=canonical]"));
    }
}
