using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;
using LegalGen.Build;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Snapshots;

/// <summary>
/// Whole pages of the sample site, built as of a fixed date, compared with their approved snapshots
/// (<c>*.approved.html</c> beside this file), so any change to the output is seen in review. A missing or
/// different snapshot fails; the new output is left as <c>*.received.html</c> to inspect and approve.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public sealed class SampleSiteSnapshotTests : IClassFixture<SampleSiteSnapshotTests.SampleSite>
{
    private readonly SampleSite _site;

    public SampleSiteSnapshotTests(SampleSite site) => _site = site;

    [Theory]
    [InlineData("index.html")]
    [InlineData("pl/index.html")]
    [InlineData("pl/privacy/index.html")]
    [InlineData("en/privacy/index.html")]
    [InlineData("pl/privacy/2023-03-01/index.html")]
    [InlineData("en/privacy/2027-07-01/index.html")]
    [InlineData("pl/privacy/changes/index.html")]
    [InlineData("en/privacy/changes/index.html")]
    [InlineData("pl/privacy/diff/2023-03-01..2025-02-01/index.html")]
    [InlineData("en/privacy/diff/2023-03-01..2025-02-01/index.html")]
    [InlineData("en/privacy/diff/2025-02-01..2027-07-01/index.html")]
    [InlineData("pl/terms/diff/2024-01-15..2025-06-01/index.html")]
    [InlineData("en/privacy/compare/index.html")]
    public void Page_matches_its_approved_snapshot(string page)
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, page));
        using (ApprovalResults.ForScenario(ScenarioName(page)))
        {
            Approvals.Verify(new ApprovalTextWriter(html, "html"));
        }
    }

    private static string ScenarioName(string page) =>
        page == "index.html" ? "entry" : page.Replace("/index.html", "").Replace("..", "_to_").Replace('/', '_');

    public sealed class SampleSite : IDisposable
    {
        public SampleSite()
        {
            Output = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"), "_site");
            var result = SiteBuilder.Build(new BuildOptions(RepoPaths.SampleContent, RepoPaths.Templates, Output, new DateOnly(2026, 6, 1)));
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }

        public string Output { get; }

        public void Dispose() => Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
    }
}
