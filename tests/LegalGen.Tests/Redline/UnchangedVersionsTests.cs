using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

/// <summary>
/// A version whose binding text reads exactly as its predecessor's — the same words, formatting and link targets — is a
/// warning at its file, and its diff page says plainly that there is no difference.
/// </summary>
public sealed class UnchangedVersionsTests : IDisposable
{
    private const string SiteYml = """
        title: Privacy
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, pl]
        """;

    private const string Text = "## Data\n\nWe keep [logs](https://example.com/logs) for 30 days.\n";

    private readonly TestSite _site = new(SiteYml);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_version_that_only_rewraps_and_respaces_its_text_is_a_warning_at_its_binding_file()
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy\nsummary: Normalised the file.", "## Data\n\nWe keep  [logs](https://example.com/logs)\nfor 30 days.   \n");

        var result = _site.Build(asOf: "2025-06-01");

        var warning = TestSite.Single(result, DiagnosticCodes.NoVisibleChange);
        Assert.Equal(("privacy/2025-01-01.en.md", 1, 1, DiagnosticSeverity.Warning), (warning.Location.File, warning.Location.Line, warning.Location.Column, warning.Severity));
        Assert.Contains("no visible change from the version of 2024-01-01 (privacy/2024-01-01.en.md)", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(warning.Hint);
        Assert.False(_site.Build(asOf: "2025-06-01", strict: true).Succeeded);
    }

    [Fact]
    public void Its_diff_page_says_plainly_that_there_is_no_difference()
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy\nsummary: Normalised the file.", Text);
        _site.Build(asOf: "2025-06-01");

        var page = _site.Page("en/privacy/diff/2024-01-01..2025-01-01/index.html");

        Assert.Equal("No textual change: both versions read the same.", page.QuerySelector(".diff-none")!.TextContent);
        Assert.Null(page.QuerySelector(".rl-hunk"));
    }

    [Fact]
    public void An_editorial_version_that_changes_nothing_is_no_exception()
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy\nsummary: Typo.\neditorial: true", Text);

        Assert.Single(_site.Build(asOf: "2025-06-01").Diagnostics, d => d.Code == DiagnosticCodes.NoVisibleChange);
    }

    [Theory]
    [InlineData("## Data\n\nWe keep [logs](https://example.com/retention) for 30 days.\n")]
    [InlineData("### Data\n\nWe keep [logs](https://example.com/logs) for 30 days.\n")]
    [InlineData("## Data\n\nWe keep **[logs](https://example.com/logs)** for 30 days.\n")]
    [InlineData("## Data\n\nWe keep [logs](https://example.com/logs) for 14 days.\n")]
    public void A_change_of_a_link_target_a_heading_level_or_emphasis_is_a_visible_change(string text)
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy\nsummary: Changed.", text);

        Assert.DoesNotContain(_site.Build(asOf: "2025-06-01").Diagnostics, d => d.Code == DiagnosticCodes.NoVisibleChange);
    }

    [Fact]
    public void A_new_title_is_a_visible_change()
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy Notice\nsummary: Renamed.", Text);

        Assert.DoesNotContain(_site.Build(asOf: "2025-06-01").Diagnostics, d => d.Code == DiagnosticCodes.NoVisibleChange);
    }

    [Fact]
    public void Only_the_binding_text_counts_a_translation_left_as_it_was_is_not_this_warning()
    {
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", Text);
        _site.Version("privacy/2024-01-01.pl.md", "title: Prywatność", "## Dane\n\nLogi przechowujemy 30 dni.\n");
        _site.Version("privacy/2025-01-01.en.md", "title: Privacy\nsummary: Shorter.", "## Data\n\nWe keep [logs](https://example.com/logs) for 14 days.\n");
        _site.Version("privacy/2025-01-01.pl.md", "title: Prywatność\nsummary: Krócej.", "## Dane\n\nLogi przechowujemy 30 dni.\n");

        Assert.DoesNotContain(_site.Build(asOf: "2025-06-01").Diagnostics, d => d.Code == DiagnosticCodes.NoVisibleChange);
    }
}
