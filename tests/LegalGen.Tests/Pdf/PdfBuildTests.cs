using System.Collections.Concurrent;
using System.Text;
using LegalGen.Build;
using LegalGen.Pdf;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pdf;

/// <summary>A build with PDFs, printed by a stand-in for the browser: which pages are printed, from where, and what the pages link to.</summary>
public class PdfBuildTests
{
    /// <summary>Prints each page as a small file naming it, after checking it reads the page from the site being built.</summary>
    private sealed class RecordingPrinter(string? failOn = null) : IPdfPrinter
    {
        public ConcurrentBag<(string Folder, string Page)> Printed { get; } = [];

        public string Identity => "recording printer";

        public Uri? SiteAddress { get; private set; }

        public PdfFailure? Print(string siteFolder, Uri? siteAddress, IReadOnlyList<PdfPrintJob> jobs, Action<PdfPrintJob, byte[]> save, Action<int>? printed = null)
        {
            SiteAddress = siteAddress;
            var done = 0;
            foreach (var job in jobs)
            {
                if (job.PagePath == failOn) return new PdfFailure("LG092", $"the page '{job.PagePath}' could not be printed", "try again");
                var html = File.ReadAllText(Path.Combine(siteFolder, job.PagePath));
                Assert.Contains("</html>", html, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(siteFolder, "assets", "style.css")), "the stylesheet is written before the pages are printed");
                Printed.Add((siteFolder, job.PagePath));
                save(job, Encoding.ASCII.GetBytes($"%PDF-1.4 {job.PagePath}\n/CreationDate (D:20991231235959+02'00')\n"));
                printed?.Invoke(++done);
            }

            return null;
        }
    }

    private static TestSite Site() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Tekst.\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", "Text.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Nowy tekst.\n");

    [Fact]
    public void Each_version_page_is_printed_from_the_staged_site_and_its_PDF_published_beside_it()
    {
        using var site = Site();
        var printer = new RecordingPrinter();
        site.PdfPrinter = printer;

        var result = site.BuildSucceeding();

        Assert.Equal(3, result.Summary!.Pdfs);
        Assert.Equal(new Uri("https://legal.example.com/"), printer.SiteAddress);
        Assert.All(printer.Printed, p => Assert.Contains(".staging-", p.Folder, StringComparison.Ordinal));
        Assert.Equal(
            "%PDF-1.4 en/privacy/2024-01-01/index.html\n/CreationDate (D:20260101000000+00'00')\n",
            site.Read("en/privacy/2024-01-01/privacy-2024-01-01-en.pdf"));
        Assert.True(site.Exists("pl/privacy/2025-01-01/privacy-2025-01-01-pl.pdf"));
        Assert.False(site.Exists("en/privacy/2025-01-01/privacy-2025-01-01-en.pdf"));
    }

    [Fact]
    public void Version_pages_link_their_PDF_and_a_page_without_a_translation_the_binding_texts()
    {
        using var site = Site();
        site.PdfPrinter = new RecordingPrinter();

        site.BuildSucceeding();

        var own = site.Page("en/privacy/2024-01-01/index.html").QuerySelector("a[type='application/pdf']")!;
        Assert.Equal("privacy-2024-01-01-en.pdf", own.GetAttribute("href"));
        Assert.Equal("PDF of this version", own.TextContent);
        Assert.Null(own.GetAttribute("hreflang"));
        var fallback = site.Page("en/privacy/2025-01-01/index.html").QuerySelector("a[type='application/pdf']")!;
        Assert.Equal("../../../pl/privacy/2025-01-01/privacy-2025-01-01-pl.pdf", fallback.GetAttribute("href"));
        Assert.Equal("pl", fallback.GetAttribute("hreflang"));
        var current = site.Page("pl/privacy/index.html").QuerySelector("a[type='application/pdf']")!;
        Assert.Equal(("2025-01-01/privacy-2025-01-01-pl.pdf", "PDF tej wersji"), (current.GetAttribute("href"), current.TextContent));
    }

    [Fact]
    public void Without_PDFs_no_page_links_one()
    {
        using var site = Site();

        site.BuildSucceeding();

        Assert.Null(site.Page("en/privacy/2024-01-01/index.html").QuerySelector("a[type='application/pdf']"));
        Assert.Empty(Directory.EnumerateFiles(site.OutputDirectory, "*.pdf", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_page_that_does_not_print_fails_the_build_and_leaves_the_previous_site_as_it_was()
    {
        using var site = Site();
        site.BuildSucceeding();
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        site.PdfPrinter = new RecordingPrinter(failOn: "en/privacy/2024-01-01/index.html");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal("LG092", result.PdfFailure!.Code);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
        Assert.DoesNotContain(OutputFolders.Helpers(site.OutputDirectory), h => h.Contains(".staging-", StringComparison.Ordinal));
    }

    [Fact]
    public void Asking_for_PDFs_builds_again_a_site_that_did_not_change_otherwise()
    {
        using var site = Site();
        site.BuildSucceeding();
        Assert.NotNull(site.BuildSucceeding().Summary!.UnchangedSince);

        site.PdfPrinter = new RecordingPrinter();
        var withPdfs = site.BuildSucceeding();

        Assert.Null(withPdfs.Summary!.UnchangedSince);
        Assert.Equal(3, withPdfs.Summary.Pdfs);
        Assert.NotNull(site.BuildSucceeding().Summary!.UnchangedSince);
        site.PdfPrinter = null;
        Assert.Null(site.BuildSucceeding().Summary!.UnchangedSince);
        Assert.False(site.Exists("en/privacy/2024-01-01/privacy-2024-01-01-en.pdf"));
    }

    [Fact]
    public void A_check_prints_nothing()
    {
        using var site = Site();
        var printer = new RecordingPrinter();
        site.PdfPrinter = printer;

        Assert.True(SiteBuilder.Check(new BuildOptions(site.ContentDirectory, site.TemplatesDirectory, site.OutputDirectory, new DateOnly(2026, 1, 1), PdfPrinter: printer)).Succeeded);

        Assert.Empty(printer.Printed);
    }

    [Fact]
    public void The_progress_counts_the_PDFs_printed()
    {
        using var site = Site();
        site.PdfPrinter = new RecordingPrinter();
        var reports = new List<BuildProgress>();

        site.BuildSucceeding(progress: new SynchronousProgress<BuildProgress>(reports.Add));

        Assert.Contains(reports, r => r is { Pdfs: 3, PdfsDone: 0 });
        Assert.Equal(new BuildProgress(1, 1, reports[^1].Pages, 3, 3), reports[^1]);
    }
}
