using ApprovalTests;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using LegalGen.Build;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Snapshots;

/// <summary>
/// Every kind of file of the sample site, built as of a fixed date, compared with its approved snapshot in
/// <c>Snapshots/&lt;kind&gt;/&lt;name&gt;.approved.*</c>, so any change to the output is seen in review. A missing or
/// different snapshot fails; the new output is left beside it as <c>&lt;name&gt;.received.*</c> to inspect and, when
/// the change is intended, to rename to <c>.approved.*</c>.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class SampleSiteSnapshotTests : IClassFixture<SampleSiteSnapshotTests.SampleSite>
{
    private readonly SampleSite _site;

    public SampleSiteSnapshotTests(SampleSite site) => _site = site;

    [Theory]
    [InlineData("index", "entry", "index.html")]
    [InlineData("home", "pl", "pl/index.html")]
    [InlineData("current", "pl-privacy", "pl/privacy/index.html")]
    [InlineData("current", "en-privacy", "en/privacy/index.html")]
    [InlineData("version", "pl-privacy-2023-03-01", "pl/privacy/2023-03-01/index.html")]
    [InlineData("version", "pl-privacy-2027-07-01-upcoming", "pl/privacy/2027-07-01/index.html")]
    [InlineData("fallback", "en-privacy-2027-07-01", "en/privacy/2027-07-01/index.html")]
    [InlineData("changes", "pl-privacy", "pl/privacy/changes/index.html")]
    [InlineData("changes", "en-privacy", "en/privacy/changes/index.html")]
    [InlineData("redline", "pl-privacy-2023-03-01..2025-02-01", "pl/privacy/diff/2023-03-01..2025-02-01/index.html")]
    [InlineData("redline", "en-privacy-2023-03-01..2025-02-01", "en/privacy/diff/2023-03-01..2025-02-01/index.html")]
    [InlineData("redline", "pl-privacy-2025-02-01..2027-07-01-fallback-notes", "pl/privacy/diff/2025-02-01..2027-07-01/index.html")]
    [InlineData("redline", "pl-terms-2024-01-15..2025-06-01-editorial", "pl/terms/diff/2024-01-15..2025-06-01/index.html")]
    [InlineData("compare", "en-privacy", "en/privacy/compare/index.html")]
    [InlineData("parallel", "en-privacy-2025-02-01", "en/privacy/2025-02-01/parallel/index.html")]
    [InlineData("404", "404", "404.html")]
    public void Page_matches_its_approved_snapshot(string kind, string name, string page) =>
        Verify(kind, name, File.ReadAllText(Path.Combine(_site.Output, page)), "html");

    [Theory]
    [InlineData("search", "en-search", "en/search.html")]
    [InlineData("search", "pl-search", "pl/search.html")]
    [InlineData("search", "en-privacy-current", "en/privacy/index.html")]
    [InlineData("search", "pl-privacy-2027-07-01-upcoming", "pl/privacy/2027-07-01/index.html")]
    public void Page_of_the_site_built_with_search_matches_its_approved_snapshot(string kind, string name, string page) =>
        Verify(kind, name, File.ReadAllText(Path.Combine(_site.SearchOutput, page)), "html");

    [Theory]
    [InlineData("feed", "pl-privacy", "pl/privacy/feed.xml", "xml")]
    [InlineData("feed", "en", "en/feed.xml", "xml")]
    [InlineData("sitemap", "sitemap", "sitemap.xml", "xml")]
    [InlineData("manifest", "versions", "versions.json", "json")]
    [InlineData("manifest", "robots", "robots.txt", "txt")]
    public void Published_file_matches_its_approved_snapshot(string kind, string name, string file, string extension) =>
        Verify(kind, name, File.ReadAllText(Path.Combine(_site.Output, file)), extension);

    private static void Verify(string kind, string name, string text, string extension) =>
        Approvals.Verify(new ApprovalTextWriter(text, extension), new SnapshotNamer(kind, name), new QuietReporter());

    public sealed class SampleSite : IDisposable
    {
        public SampleSite()
        {
            Output = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"), "_site");
            var options = new BuildOptions(RepoPaths.SampleContent, RepoPaths.Templates, Output, new DateOnly(2026, 6, 1));
            var result = SiteBuilder.Build(options);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));

            // The same site with search, indexed in process as Pagefind counts (the pages, not the index, are compared).
            SearchOutput = Path.Combine(Path.GetDirectoryName(Output)!, "_site-search");
            var withSearch = SiteBuilder.Build(options with { OutputDirectory = SearchOutput, Search = new Pagefind.Counting() });
            if (!withSearch.Succeeded) throw new InvalidOperationException(string.Join("\n", withSearch.Diagnostics) + withSearch.SearchFault);
        }

        public string Output { get; }

        public string SearchOutput { get; }

        public void Dispose() => Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
    }
}
