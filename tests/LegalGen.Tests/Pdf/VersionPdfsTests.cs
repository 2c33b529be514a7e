using AngleSharp.Html.Parser;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Pdf;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pdf;

public class VersionPdfsTests
{
    private static IReadOnlyList<PdfPrintJob> JobsOf(TestSite site, Uri? baseUrl = null)
    {
        var diagnostics = new DiagnosticBag();
        var model = ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), diagnostics)!;
        var strings = InterfaceStringsLoader.LoadAll(TemplateSource.Locate(site.TemplatesDirectory), model.Settings.Languages, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return VersionPdfs.For(model, strings, baseUrl, new DateOnly(2026, 1, 1));
    }

    private static TestSite Site() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka <prywatności> & cookies")
        .Version("privacy/2024-01-01.en.md", "title: Privacy \"policy\"")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka prywatności\nsummary: Zmiana.", "Nowy tekst.\n");

    [Fact]
    public void Each_version_is_printed_in_each_language_it_is_written_in_beside_its_page()
    {
        using var site = Site();

        var jobs = JobsOf(site);

        Assert.Equal(
            [
                ("pl/privacy/2024-01-01/index.html", "pl/privacy/2024-01-01/privacy-2024-01-01-pl.pdf"),
                ("en/privacy/2024-01-01/index.html", "en/privacy/2024-01-01/privacy-2024-01-01-en.pdf"),
                ("pl/privacy/2025-01-01/index.html", "pl/privacy/2025-01-01/privacy-2025-01-01-pl.pdf"),
            ],
            jobs.Select(j => (j.PagePath, j.PdfPath)));
        Assert.All(jobs, j => Assert.Equal(new DateOnly(2026, 1, 1), j.Date));
    }

    [Fact]
    public void The_header_names_title_version_and_language_and_the_footer_the_permalink_and_page_in_the_pages_language()
    {
        using var site = Site();

        var jobs = JobsOf(site, new Uri("https://legal.example.com/"));
        var polish = new HtmlParser().ParseDocument(jobs[0].Header + jobs[0].Footer);
        var english = new HtmlParser().ParseDocument(jobs[1].Header + jobs[1].Footer);

        Assert.Equal("Polityka <prywatności> & cookies", polish.QuerySelectorAll("div > span")[0].TextContent);
        Assert.Equal("Wersja z 1 stycznia 2024 · Polski", polish.QuerySelectorAll("div > span")[1].TextContent);
        Assert.Equal("https://legal.example.com/pl/privacy/2024-01-01/", polish.QuerySelectorAll("div > span")[2].TextContent);
        Assert.Equal("Strona  z ", polish.QuerySelectorAll("div > span")[3].TextContent);
        Assert.NotNull(polish.QuerySelector("div > span > span.pageNumber + span.totalPages"));
        Assert.Equal(["pl", "pl"], polish.QuerySelectorAll("body > div").Select(d => d.GetAttribute("lang")));
        Assert.Equal("Privacy \"policy\"", english.QuerySelectorAll("div > span")[0].TextContent);
        Assert.Equal("Version of January 1, 2024 · English", english.QuerySelectorAll("div > span")[1].TextContent);
        Assert.Equal("Page  of ", english.QuerySelectorAll("div > span")[3].TextContent);
    }

    [Fact]
    public void Content_values_reach_the_header_escaped()
    {
        using var site = Site();

        var header = JobsOf(site)[0].Header;

        Assert.Contains("Polityka &lt;prywatności&gt; &amp; cookies", header, StringComparison.Ordinal);
        Assert.DoesNotContain("<prywatności>", header, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_base_url_the_footer_gives_the_versions_address_in_the_site()
    {
        using var site = Site();

        var footer = new HtmlParser().ParseDocument(JobsOf(site)[1].Footer);

        Assert.Equal("en/privacy/2024-01-01/", footer.QuerySelectorAll("div > span")[0].TextContent);
    }

    [Fact]
    public void A_right_to_left_language_gets_a_right_to_left_header()
    {
        using var site = new TestSite("title: T\ndefault_language: ar\nlanguages: [ar]\n").Version("privacy/2024-01-01.ar.md", "title: سياسة الخصوصية");

        var header = new HtmlParser().ParseDocument(JobsOf(site)[0].Header).QuerySelector("div")!;

        Assert.Equal(("ar", "rtl"), (header.GetAttribute("lang"), header.GetAttribute("dir")));
    }
}
