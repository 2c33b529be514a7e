using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Pages.Comparison;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// What a reader's browser computes on a compare page, from the two versions' pages and the strings the compare page
/// carries, is what a diff page shows for the same pair: the same counts and legend, and the same inline redline —
/// blocks, marks, notes, change numbers, navigation and folds — in the same markup.
/// </summary>
public sealed class PublishedComparisonTests : IClassFixture<PublishedComparisonTests.SampleSite>
{
    private readonly SampleSite _site;

    public PublishedComparisonTests(SampleSite site) => _site = site;

    /// <summary>
    /// Full diff pages (a compact page leaves the unchanged text out; the browser shows all of it, folded) of the sample
    /// site and of the versions that exercise every kind of mark (<c>tests/site-checks/redline-marks</c>: moves, links,
    /// emphasis, spacing, heading levels, list numbering and depth, header rows, callouts, raw HTML).
    /// </summary>
    public static TheoryData<bool, string> DiffPages => new()
    {
        { false, "pl/privacy/diff/2023-03-01..2025-02-01/index.html" },
        { false, "en/privacy/diff/2023-03-01..2025-02-01/index.html" },
        { false, "pl/privacy/diff/2025-02-01..2027-07-01/index.html" },
        { false, "pl/terms/diff/2024-01-15..2025-06-01/index.html" },
        { false, "en/terms/diff/2024-01-15..2025-06-01/index.html" },
        { true, "en/marks/diff/2024-01-01..2025-01-01/index.html" },
        { true, "en/marks/diff/2025-01-01..2026-01-01/index.html" },
        { true, "pl/marks/diff/2024-01-01..2025-01-01/index.html" },
    };

    [Theory]
    [MemberData(nameof(DiffPages))]
    public void The_browsers_comparison_shows_what_the_diff_page_of_the_pair_shows(bool marks, string diffPath)
    {
        var site = marks ? _site.Marks : _site;
        var parts = diffPath.Split('/');
        var (language, policy, pair) = (parts[0], parts[1], parts[3].Split(".."));
        var comparePath = $"{language}/{policy}/compare/index.html";
        var data = site.ScriptData(comparePath);
        var versions = data.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("date").GetString()!);
        var (older, newer) = (versions[pair[0]], versions[pair[1]]);
        var translated = older.GetProperty("translated").GetBoolean() && newer.GetProperty("translated").GetBoolean();
        var olderPage = (translated ? older.GetProperty("page") : older.GetProperty("bindingPage")).GetString()!;
        var newerPage = (translated ? newer.GetProperty("page") : newer.GetProperty("bindingPage")).GetString()!;

        var result = PublishedComparison.Compare(
            site.Text(comparePath, olderPage), site.Text(comparePath, newerPage),
            ComparisonStrings.Read(data.GetProperty("strings").GetRawText()), olderPage, newerPage);

        var diffPage = site.Page(diffPath);
        var computed = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + result.Summary + result.Redline);
        Assert.Equal(Normalized(diffPage.QuerySelector(".diff-counts"), diffPath), Normalized(computed.QuerySelector(".diff-counts"), comparePath));
        Assert.Equal(Normalized(diffPage.QuerySelector(".legend"), diffPath), Normalized(computed.QuerySelector(".legend"), comparePath));
        Assert.Equal(Normalized(diffPage.QuerySelector(".view-inline .redline"), diffPath), Normalized(computed.QuerySelector(".redline"), comparePath));
    }

    [Fact]
    public void Two_versions_that_read_the_same_are_said_to_read_the_same()
    {
        var text = _site.Text("pl/privacy/compare/index.html", "../2023-03-01/index.html");

        var result = PublishedComparison.Compare(text, text, _site.Strings("pl/privacy/compare/index.html"));

        Assert.False(result.Diff.Statistics.HasChanges);
        Assert.Equal("<p class=\"diff-none\">Brak zmian w treści: obie wersje brzmią tak samo.</p>\n", result.Summary);
    }

    [Fact]
    public void The_strings_the_page_carries_read_back_as_the_languages_own_plural_forms_included()
    {
        var source = TemplateSource.Folder(RepoPaths.Templates);
        var ui = InterfaceStringsLoader.LoadAll(source, ["pl", "pt-BR"], new DiagnosticBag());

        foreach (var language in new[] { "pl", "pt-BR" })
        {
            var read = ComparisonStrings.Read(ComparisonStrings.Json(ui[language]));

            foreach (var key in LegalGen.Pages.Planning.RedlineStrings.Keys.Concat(ComparisonStrings.MarkupTexts).Concat(ComparisonStrings.ScriptTexts))
                Assert.Equal(ui[language].Get(key, 1, 2, 3), read.Get(key, 1, 2, 3));
            foreach (var key in ComparisonStrings.MarkupPlurals)
                foreach (var count in new long[] { 0, 1, 2, 5, 12, 22, 25, 101 })
                    Assert.Equal(ui[language].Plural(key, count), read.Plural(key, count));
        }
    }

    [Fact]
    public void No_string_can_end_the_script_element_that_carries_it()
    {
        using var site = new TestSite().UseCopyOfTemplates()
            .Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n")
            .Version("p/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Nowy tekst.\n");
        var strings = Path.Combine(site.TemplatesDirectory!, "i18n", "pl.yml");
        File.WriteAllLines(strings, File.ReadAllLines(strings).Select(line => line.StartsWith("compare_loading:", StringComparison.Ordinal)
            ? "compare_loading: \"</script><script>alert(1)</script> & 'x'\"" : line));

        site.BuildSucceeding();

        var page = site.Page("pl/p/compare/index.html");
        Assert.Equal(2, page.QuerySelectorAll("script").Length);
        var data = JsonDocument.Parse(page.GetElementById("compare-data")!.TextContent).RootElement;
        Assert.Equal("</script><script>alert(1)</script> & 'x'", data.GetProperty("strings").GetProperty("texts").GetProperty("compare_loading").GetString());
    }

    [Fact]
    public void A_site_built_with_the_engine_carries_it_once_without_precompressed_copies_and_its_compare_pages_use_it()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n")
            .Version("q/2024-01-01.pl.md", "title: Warunki", "Tekst.\n")
            .Version("q/2025-01-01.pl.md", "title: Warunki\nsummary: Zmiana.", "Inny tekst.\n");
        var engine = Path.Combine(site.Root, "engine", "_framework");
        Directory.CreateDirectory(engine);
        File.WriteAllText(Path.Combine(engine, "dotnet.js"), "// the engine\n");
        File.WriteAllText(Path.Combine(engine, "dotnet.native.abc.wasm"), "wasm");
        File.WriteAllText(Path.Combine(engine, "dotnet.native.abc.wasm.br"), "brotli");

        var result = SiteBuilder.Build(new BuildOptions(site.ContentDirectory, site.TemplatesDirectory, site.OutputDirectory, new DateOnly(2026, 1, 1), CompareEngineDirectory: engine));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["dotnet.js", "dotnet.native.abc.wasm"],
            Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "assets", "compare", "_framework")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["assets/compare.js", "assets/compare/_framework/dotnet.js", "assets/compare/_framework/dotnet.native.abc.wasm", "assets/point-in-time.js", "assets/redline.js", "assets/search.js", "assets/style.css"],
            Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "assets"), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        var data = JsonDocument.Parse(site.Page("pl/q/compare/index.html").GetElementById("compare-data")!.TextContent).RootElement;
        Assert.Equal("../../../assets/compare/_framework/dotnet.js", data.GetProperty("engine").GetString());
    }

    [Fact]
    public void A_site_built_without_the_engine_says_so_to_its_compare_pages_script()
    {
        var data = _site.ScriptData("en/privacy/compare/index.html");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("engine").ValueKind);
        Assert.Equal("../../../pl/privacy/compare/index.html", data.GetProperty("bindingCompare").GetString());
        var fallback = data.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("date").GetString() == "2027-07-01");
        Assert.False(fallback.GetProperty("translated").GetBoolean());
        Assert.Equal("../../../pl/privacy/2027-07-01/index.html", fallback.GetProperty("bindingPage").GetString());
    }

    /// <summary>
    /// An element as a reader's browser takes it: whitespace between tags left out, every link made absolute from the
    /// page it is on (the diff page and the compare page sit at different depths), a link within the page kept as it is.
    /// </summary>
    private static string Normalized(IElement? element, string pagePath)
    {
        Assert.NotNull(element);
        var copy = (IElement)element.Clone(deep: true);
        foreach (var link in copy.QuerySelectorAll("[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (!href.StartsWith('#')) link.SetAttribute("href", new Uri(new Uri("https://site.example/" + pagePath), href).AbsoluteUri);
        }

        foreach (var blank in copy.Descendants<IText>().Where(t => string.IsNullOrWhiteSpace(t.Data) && t.Parent is IElement { LocalName: not "pre" }).ToList())
            blank.Remove();
        return copy.OuterHtml;
    }

    public class SampleSite : IDisposable
    {
        private readonly HtmlParser _parser = new();

        public SampleSite()
            : this(RepoPaths.SampleContent)
        {
            Marks = new SampleSite(Path.Combine(RepoPaths.Root, "tests", "site-checks", "redline-marks"));
        }

        private SampleSite(string content)
        {
            Output = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"), "_site");
            var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Templates, Output, new DateOnly(2026, 6, 1)));
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        public string Output { get; }

        /// <summary>The site of the versions that exercise every kind of mark.</summary>
        public SampleSite Marks { get; } = null!;

        public IDocument Page(string path) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, path)));

        public JsonElement ScriptData(string comparePath) =>
            JsonDocument.Parse(Page(comparePath).GetElementById("compare-data")!.TextContent).RootElement;

        public InterfaceStrings Strings(string comparePath) => ComparisonStrings.Read(ScriptData(comparePath).GetProperty("strings").GetRawText());

        /// <summary>The text of the version page at <paramref name="link"/> from <paramref name="comparePath"/>, as the script reads it.</summary>
        public string Text(string comparePath, string link)
        {
            var page = Path.GetFullPath(Path.Combine(Output, Path.GetDirectoryName(comparePath)!, link));
            return _parser.ParseDocument(File.ReadAllText(page)).QuerySelector("[data-text]")!.InnerHtml;
        }

        public void Dispose()
        {
            Marks?.Dispose();
            Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
            GC.SuppressFinalize(this);
        }
    }
}
