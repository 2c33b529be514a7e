using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Cli.Pdf;
using LegalGen.Pdf;
using LegalGen.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace LegalGen.Tests.Pdf;

/// <summary>
/// The sample site built with PDFs printed by a real Chromium, read back as text: the version's words, its running header
/// and footer with page numbers, the same bytes from a second build; a diff page printed whole, folded passages included;
/// and the print styles of a redline, which show its marks without colour. Skipped where the machine has no Chromium.
/// </summary>
public sealed class PrintedPdfTests(PrintedPdfTests.PrintedSample sample) : IClassFixture<PrintedPdfTests.PrintedSample>
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    /// <summary>The sample site built twice with PDFs, into two folders; built on first use, so a machine without Chromium builds nothing.</summary>
    public sealed class PrintedSample : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("legalgen-pdf-").FullName;
        private readonly Lazy<(string First, string Second)> _sites;

        public PrintedSample() => _sites = new(() => (Build("first"), Build("second")));

        public string Site => _sites.Value.First;

        public string SecondSite => _sites.Value.Second;

        public string Root => _root;

        private string Build(string name)
        {
            var output = Path.Combine(_root, name);
            var result = SiteBuilder.Build(new BuildOptions(
                RepoPaths.SampleContent, RepoPaths.Templates, output, AsOf, Strict: true, PdfPrinter: new PlaywrightPdfPrinter(ChromiumFactAttribute.Browser!)));
            Assert.True(result.Succeeded, $"{result.PdfFailure}\n{string.Join("\n", result.Diagnostics)}");
            return output;
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }

    /// <summary>The printed pages' text, without white space (where a line breaks, or how letters are spaced, is the layout's business).</summary>
    /// <param name="Header">What is printed in the top margin.</param>
    /// <param name="Body">What is printed between the margins: the page itself.</param>
    /// <param name="Footer">What is printed in the bottom margin.</param>
    private sealed record PrintedPage(string Header, string Body, string Footer);

    /// <summary>Each page's text, split by where it is printed: the margins are 20 mm (56.7 points) at the top and bottom.</summary>
    private static List<PrintedPage> PagesOf(byte[] pdf)
    {
        const double margin = 56.7;
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p =>
        {
            // Reading order, line by line from the top: Chromium paints positioned blocks (a paragraph with its
            // citation link) after the others, so the order letters are stored in is not the order they are read in.
            var letters = p.Letters.OrderByDescending(l => Math.Round(l.StartBaseLine.Y)).ThenBy(l => l.StartBaseLine.X).ToList();
            return new PrintedPage(
                Squeeze(string.Concat(letters.Where(l => l.StartBaseLine.Y > p.Height - margin).Select(l => l.Value))),
                Squeeze(string.Concat(letters.Where(l => l.StartBaseLine.Y is > margin and var y && y <= p.Height - margin).Select(l => l.Value))),
                Squeeze(string.Concat(letters.Where(l => l.StartBaseLine.Y <= margin).Select(l => l.Value))));
        })];
    }

    private static string BodyOf(byte[] pdf) => string.Concat(PagesOf(pdf).Select(p => p.Body));

    private static List<string> LinksOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.GetHyperlinks()).Select(l => l.Uri).OfType<string>()];
    }

    private static string Squeeze(string text) => new(text.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static IDocument Html(string site, string page) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page)));

    /// <summary>The text of each block (heading, paragraph, list item, table row) of an element, without list markers.</summary>
    private static List<string> BlocksOf(IElement element) =>
        [.. element.QuerySelectorAll("h2, h3, h4, p, li, tr")
            .Where(e => e.QuerySelector("p, li") is null && !e.ClassList.Contains("rl-nav"))
            .Select(e =>
            {
                var copy = (IElement)e.Clone();
                foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, .rl-marker, .rl-move-link, .rl-was, [data-anchor]")) hidden.Remove();
                return Squeeze(copy.TextContent);
            })
            .Where(t => t.Length > 0)];

    [ChromiumFact]
    public void A_versions_PDF_holds_its_whole_text()
    {
        const string page = "en/privacy/2023-03-01/index.html";
        var text = BodyOf(File.ReadAllBytes(Path.Combine(sample.Site, "en/privacy/2023-03-01/privacy-2023-03-01-en.pdf")));
        var blocks = BlocksOf(Html(sample.Site, page).QuerySelector("[data-text]")!);

        Assert.True(blocks.Count > 10, $"only {blocks.Count} blocks");
        Assert.All(blocks, block => Assert.Contains(block, text, StringComparison.Ordinal));
        Assert.Contains(Squeeze("Privacy Policy"), text, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Every_printed_page_has_the_title_version_and_language_above_and_the_permalink_and_its_number_below()
    {
        var pages = PagesOf(File.ReadAllBytes(Path.Combine(sample.Site, "en/privacy/2023-03-01/privacy-2023-03-01-en.pdf")));

        Assert.True(pages.Count > 1, $"{pages.Count} page");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(Squeeze("Privacy Policy Version of March 1, 2023 · English"), pages[i].Header);
            Assert.Equal(Squeeze($"https://legal.example.com/en/privacy/2023-03-01/ Page {i + 1} of {pages.Count}"), pages[i].Footer);
        }
    }

    [ChromiumFact]
    public void A_translations_PDF_has_its_header_and_footer_in_its_language()
    {
        var pages = PagesOf(File.ReadAllBytes(Path.Combine(sample.Site, "pl/privacy/2025-02-01/privacy-2025-02-01-pl.pdf")));

        Assert.Equal(Squeeze("Polityka Prywatności Wersja z 1 lutego 2025 · Polski"), pages[0].Header);
        Assert.Equal(Squeeze($"https://legal.example.com/pl/privacy/2025-02-01/ Strona 1 z {pages.Count}"), pages[0].Footer);
    }

    [ChromiumFact]
    public void The_links_of_a_PDF_lead_to_the_published_pages_never_to_the_folder_it_was_printed_from()
    {
        var links = LinksOf(File.ReadAllBytes(Path.Combine(sample.Site, "en/privacy/2023-03-01/privacy-2023-03-01-en.pdf")));

        Assert.Contains("https://legal.example.com/en/privacy/2025-02-01/index.html", links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Without_a_base_url_a_PDF_keeps_its_links_to_other_sites_and_leaves_out_those_within_the_site()
    {
        using var site = new TestSite("title: T\ndefault_language: en\nlanguages: [en]\n")
            .Version("privacy/2024-01-01.en.md", "title: Privacy", "See [the terms](../terms/) and [the law](https://eur-lex.europa.eu/eli/reg/2016/679/oj).\n")
            .Version("terms/2024-01-01.en.md", "title: Terms", "Terms.\n");
        site.PdfPrinter = new PlaywrightPdfPrinter(ChromiumFactAttribute.Browser!);
        site.BuildSucceeding();

        var pdf = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "en/privacy/2024-01-01/privacy-2024-01-01-en.pdf"));

        Assert.Equal(["https://eur-lex.europa.eu/eli/reg/2016/679/oj"], LinksOf(pdf));
        Assert.Contains(Squeeze("See the terms and the law."), BodyOf(pdf), StringComparison.Ordinal);
        Assert.Equal(Squeeze("en/privacy/2024-01-01/ Page 1 of 1"), PagesOf(pdf)[0].Footer);
    }

    [ChromiumFact]
    public void Every_version_in_every_language_it_is_written_in_has_a_PDF_and_a_second_build_prints_the_same_bytes()
    {
        var pdfs = Directory.EnumerateFiles(sample.Site, "*.pdf", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(sample.Site, p)).Order(StringComparer.Ordinal).ToList();
        var versionFiles = Directory.EnumerateFiles(RepoPaths.SampleContent, "*.md", SearchOption.AllDirectories).Count();

        Assert.Equal(versionFiles, pdfs.Count);
        Assert.All(pdfs, pdf => Assert.Equal(File.ReadAllBytes(Path.Combine(sample.Site, pdf)), File.ReadAllBytes(Path.Combine(sample.SecondSite, pdf))));
    }

    [ChromiumFact]
    public void A_diff_page_prints_every_passage_folded_ones_included()
    {
        const string page = "en/privacy/diff/2023-03-01..2025-02-01/index.html";
        var redline = Html(sample.Site, page).QuerySelector(".redline")!;
        var folded = redline.QuerySelectorAll("details.rl-fold").SelectMany(BlocksOf).ToList();

        var text = BodyOf(PrintOne(sample.Site, page));

        Assert.NotEmpty(folded);
        Assert.All(BlocksOf(redline), block => Assert.Contains(block, text, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public void Where_the_stylesheet_cannot_open_folded_passages_the_redline_script_opens_them_for_the_print()
    {
        const string page = "en/privacy/diff/2023-03-01..2025-02-01/index.html";
        var copy = Path.Combine(sample.Root, "without-details-content");
        CopyFolder(sample.Site, copy);
        var stylesheet = Path.Combine(copy, "assets", "style.css");
        var css = File.ReadAllText(stylesheet);
        Assert.Contains("::details-content", css, StringComparison.Ordinal);
        File.WriteAllText(stylesheet, string.Join('\n', css.Split('\n').Where(l => !l.Contains("::details-content", StringComparison.Ordinal))));
        var folded = Html(copy, page).QuerySelectorAll("details.rl-fold").SelectMany(BlocksOf).ToList();

        var text = BodyOf(PrintOne(copy, page));

        Assert.All(folded, block => Assert.Contains(block, text, StringComparison.Ordinal));
    }

    [ChromiumFact]
    public async Task Printed_a_redline_shows_its_marks_in_black_and_white_without_navigation_and_in_its_inline_view()
    {
        var marks = Path.Combine(sample.Root, "marks");
        var built = SiteBuilder.Build(new BuildOptions(Path.Combine(RepoPaths.Root, "tests", "site-checks", "redline-marks"), RepoPaths.Templates, marks, AsOf));
        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Browser, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(marks, "en/marks/diff/2024-01-01..2025-01-01/index.html")).AbsoluteUri);
        await page.CheckAsync("#view-side");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        async Task<string> Style(string selector, string property) =>
            await page.EvalOnSelectorAsync<string>(selector, $"e => getComputedStyle(e).{property}");

        Assert.Equal("line-through solid", await Style("del", "textDecorationLine") + " " + await Style("del", "textDecorationStyle"));
        Assert.Equal("underline double", await Style("ins", "textDecorationLine") + " " + await Style("ins", "textDecorationStyle"));
        Assert.Equal("underline dotted", await Style(".rl-moved-to .rl-moved-text", "textDecorationLine") + " " + await Style(".rl-moved-to .rl-moved-text", "textDecorationStyle"));
        Assert.Equal("line-through dotted", await Style(".rl-moved-from .rl-moved-text", "textDecorationLine") + " " + await Style(".rl-moved-from .rl-moved-text", "textDecorationStyle"));
        Assert.Equal("dashed", await Style(".rl-format", "outlineStyle"));
        foreach (var mark in new[] { "del", "ins", ".rl-moved-text", ".rl-format-note" })
            Assert.Equal("rgb(0, 0, 0)", await Style(mark, "color"));
        foreach (var chrome in new[] { ".rl-nav", ".view-switch", ".site-header nav", ".breadcrumbs", ".diff-views .view-side" })
            Assert.Equal("none", await Style(chrome, "display"));
        Assert.Equal("block", await Style(".diff-views .view-inline", "display"));
        Assert.Equal("inline", await Style(".rl-format-note", "display"));
    }

    private static byte[] PrintOne(string site, string page)
    {
        byte[]? printed = null;
        var job = new PdfPrintJob(page, "unused.pdf", "<span></span>", "<span></span>", AsOf);
        var failure = new PlaywrightPdfPrinter(ChromiumFactAttribute.Browser!).Print(site, new Uri("https://legal.example.com/"), [job], (_, bytes) => printed = bytes);
        Assert.Null(failure);
        return printed!;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
