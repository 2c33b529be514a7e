using System.Text.Json;
using AngleSharp.Dom;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Search;

/// <summary>
/// The pages of a site built with search: a search page per language linked from every page, and each version's text
/// marked for the index once per language — the version in force on its policy's own page, every other version on its
/// permalink, never a text shown in another language than the page's — with what a result says of the version.
/// </summary>
public class SearchPagesTests
{
    /// <summary>Privacy: 2024 (superseded), 2025 (current), 2027 (upcoming, not translated into English). Terms: one version, Polish only.</summary>
    private static TestSite Site() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka prywatności", "## Logi\n\nLogi przechowujemy bezterminowo.\n")
        .Version("privacy/2024-01-01.en.md", "title: Privacy policy", "## Logs\n\nWe keep logs indefinitely.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka prywatności\nsummary: Krócej.", "## Logi\n\nLogi przechowujemy 12 miesięcy.\n")
        .Version("privacy/2025-01-01.en.md", "title: Privacy policy\nsummary: Shorter.", "## Logs\n\nWe keep logs for 12 months.\n")
        .Version("privacy/2027-01-01.pl.md", "title: Polityka prywatności\nsummary: Jeszcze krócej.", "## Logi\n\nLogi przechowujemy 6 miesięcy.\n")
        .Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Zasady\n\nTreść.\n");

    private static IEnumerable<string> Pages(TestSite site) => Directory
        .EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    private static bool Marked(IDocument page) => page.QuerySelector("[data-pagefind-body]") is not null;

    [Fact]
    public void Each_language_has_a_search_page_and_every_page_links_the_one_of_its_language()
    {
        using var site = Site();
        site.Search = new Pagefind.Counting();

        site.BuildSucceeding();

        foreach (var path in Pages(site).Where(p => p != "404.html"))
        {
            var page = site.Page(path);
            var link = page.QuerySelector("header a.search-link");
            Assert.True(link is not null, $"{path} does not link the search page");
            var language = page.DocumentElement.GetAttribute("lang");
            var target = Path.GetRelativePath(site.OutputDirectory, Path.GetFullPath(Path.Combine(site.OutputDirectory, Path.GetDirectoryName(path)!, link.GetAttribute("href")!)));
            Assert.Equal($"{language}/search.html", target.Replace('\\', '/'));
        }

        var search = site.Page("en/search.html");
        Assert.Equal("page", search.QuerySelector("header a.search-link")!.GetAttribute("aria-current"));
        Assert.Equal("q", search.QuerySelector("form[data-search] input[type=search]")!.GetAttribute("name"));
        Assert.Equal("search-query", search.QuerySelector("form[data-search] label")!.GetAttribute("for"));
        Assert.NotNull(search.QuerySelector("[data-search-status][role=status]"));
        Assert.Contains("JavaScript", search.QuerySelector("noscript")!.TextContent, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(search.QuerySelector("script#search-data")!.TextContent);
        Assert.Equal("../pagefind/pagefind.js", data.RootElement.GetProperty("index").GetString());
        Assert.Equal("en", data.RootElement.GetProperty("language").GetString());
        Assert.Equal("{0} results for “{1}”.", data.RootElement.GetProperty("plurals").GetProperty("search_results").GetProperty("forms").GetProperty("other").GetString());
        Assert.Equal("Szukaj", site.Page("pl/index.html").QuerySelector("header a.search-link")!.TextContent);
        Assert.Contains("/pl/search.html", site.Read("404.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_versions_text_is_marked_for_the_index_once_per_language_and_only_in_its_own_language()
    {
        using var site = Site();
        site.Search = new Pagefind.Counting();

        site.BuildSucceeding();

        string[] expected =
        [
            "en/privacy/2024-01-01/index.html", "en/privacy/index.html",
            "pl/privacy/2024-01-01/index.html", "pl/privacy/2027-01-01/index.html", "pl/privacy/index.html", "pl/terms/index.html",
        ];
        Assert.Equal(expected, Pages(site).Where(p => Marked(site.Page(p))));

        // The English permalink of 2027 shows the Polish text (a fallback), as the English pages of the terms do.
        Assert.True(site.Page("en/privacy/2027-01-01/index.html").QuerySelector("article[lang=pl]") is not null);
        Assert.False(Marked(site.Page("en/terms/index.html")));
    }

    [Fact]
    public void A_marked_page_says_which_version_it_shows_in_its_own_language_and_leaves_the_contents_list_out()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nBezterminowo.\n\n## Prawa\n\nTreść.\n")
            .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs\n\nIndefinitely.\n\n## Rights\n\nText.\n")
            .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Krócej.", "## Logi\n\n12 miesięcy.\n\n## Prawa\n\nTreść.\n")
            .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter.", "## Logs\n\n12 months.\n\n## Rights\n\nText.\n");
        site.Search = new Pagefind.Counting();

        site.BuildSucceeding();

        static (string? Version, string? Status, string? Filter) MetaOf(IDocument page) => (
            page.QuerySelector("[data-pagefind-meta=version]")?.TextContent,
            page.QuerySelector("[data-pagefind-meta=status]")?.TextContent,
            page.QuerySelector("[data-pagefind-filter=status]")?.TextContent);

        Assert.Equal(("Version of January 1, 2024", "No longer in force", "superseded"), MetaOf(site.Page("en/privacy/2024-01-01/index.html")));
        Assert.Equal(("Version of January 1, 2025", "In force", "current"), MetaOf(site.Page("en/privacy/index.html")));
        var polish = MetaOf(site.Page("pl/privacy/2024-01-01/index.html"));
        Assert.Equal(("Nie obowiązuje", "superseded"), (polish.Status, polish.Filter));
        Assert.Contains("2024", polish.Version, StringComparison.Ordinal);

        var current = site.Page("en/privacy/index.html");
        Assert.True(current.QuerySelector("[data-pagefind-meta=version]")!.Closest("[hidden]") is not null, "the metadata is shown on the page");
        Assert.NotNull(current.QuerySelector("article[data-pagefind-body] h1"));
        Assert.NotNull(current.QuerySelector("article[data-pagefind-body] [data-text]"));
        Assert.NotNull(current.QuerySelector("article[data-pagefind-body] nav.toc[data-pagefind-ignore]"));
        Assert.Null(site.Page("en/privacy/2025-01-01/index.html").QuerySelector("[data-pagefind-meta]"));
    }

    [Fact]
    public void A_site_built_without_search_has_no_search_page_no_link_to_one_and_no_marks()
    {
        using var site = Site();

        var result = site.BuildSucceeding();

        Assert.Null(result.Summary!.Search);
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "pagefind")));
        foreach (var path in Pages(site))
        {
            var html = site.Read(path);
            Assert.DoesNotContain("search.html", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-pagefind", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_sitemap_leaves_the_search_pages_out()
    {
        using var site = Site();
        site.Search = new Pagefind.Counting();

        site.BuildSucceeding();

        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("https://legal.example.com/en/privacy/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("search", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_templates_folder_that_marks_no_text_of_a_searchable_kind_is_warned_at_that_template()
    {
        using var site = Site().UseCopyOfTemplates();
        site.Search = new Pagefind.Counting();
        var template = Path.Combine(site.TemplatesDirectory!, "policy.sbn");
        File.WriteAllText(template, "<h1>{{ version.title }}</h1>\n<div data-text>\n{{ version.content }}\n</div>\n");

        var result = site.Build();

        var warning = TestSite.Single(result, DiagnosticCodes.SearchTextUnmarked);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.EndsWith("templates/policy.sbn", warning.Location.File, StringComparison.Ordinal);
        Assert.Equal((1, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'en/privacy/index.html'", warning.Message, StringComparison.Ordinal);
        Assert.False(site.Build(strict: true, rebuild: true).Succeeded);
    }

    [Fact]
    public void A_templates_folder_that_marks_text_on_pages_not_to_be_searched_is_warned_at_that_template()
    {
        using var site = Site().UseCopyOfTemplates();
        site.Search = new Pagefind.Counting();
        var template = Path.Combine(site.TemplatesDirectory!, "changes.sbn");
        File.WriteAllText(template, "<div data-pagefind-body>\n" + File.ReadAllText(template) + "</div>\n");

        var result = site.Build();

        var warning = TestSite.Single(result, DiagnosticCodes.SearchTextMarkedTwice);
        Assert.EndsWith("templates/changes.sbn", warning.Location.File, StringComparison.Ordinal);
        Assert.Contains("'en/privacy/changes/index.html'", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SearchTextUnmarked);
    }

    [Fact]
    public void A_page_whose_text_names_the_attribute_is_not_taken_as_marked()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Atrybut <code>data-pagefind-body</code> i tekst data-pagefind-body >.\n")
            .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Inny tekst.\n");
        site.Search = new Pagefind.Counting();

        var result = site.BuildSucceeding();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.SearchTextMarkedTwice or DiagnosticCodes.SearchTextUnmarked);
    }
}
