using AngleSharp.Dom;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// HTML written in policies, in whole built sites: its tables are tables on every page that shows the text, compared
/// cell by cell and read beside a translation; hostile markup never reaches a page; site.yml can ask for all HTML as text.
/// </summary>
public class RawHtmlSiteTests
{
    private const string Table = """
        ## Lawful bases

        <table>
          <thead>
            <tr><th>Purpose</th><th>Basis</th></tr>
          </thead>
          <tbody>
            <tr><td><a id="bookmark-account"></a>To provide your account</td><td><strong>Contract</strong></td></tr>
            <tr><td>To improve it</td><td><strong>Legitimate interest</strong></td></tr>
          </tbody>
        </table>

        Bird & Bird DPO Services SRL<br>
        Avenue Louise 235<br>
        Brussels

        """;

    private static TestSite TwoVersions(string? siteYml = null)
    {
        var site = new TestSite(siteYml ?? """
            title: Documents
            base_url: https://legal.example.com/
            default_language: en
            languages: [en, de]
            """);
        site.Version("p/2024-01-01.en.md", "title: Privacy", Table);
        site.Version("p/2025-01-01.en.md", "title: Privacy\nsummary: Security", Table.Replace("To improve it", "To improve and secure it"));
        site.Version("p/2025-01-01.de.md", "title: Datenschutz\nsummary: Sicherheit", Table
            .Replace("Purpose", "Zweck").Replace("To improve it", "Um ihn zu verbessern"));
        return site;
    }

    [Fact]
    public void An_HTML_table_is_a_table_with_its_anchors_and_an_address_keeps_its_line_breaks()
    {
        using var site = TwoVersions();
        var result = site.BuildSucceeding();

        Assert.Empty(result.Diagnostics);
        var text = site.Page("en/p/index.html").QuerySelector(".policy-text")!;
        Assert.Equal(3, text.QuerySelectorAll("table tr").Length);
        Assert.NotNull(text.QuerySelector("td > a#bookmark-account"));
        Assert.Equal(2, text.QuerySelectorAll("p br").Length);
        Assert.DoesNotContain(EscapedTags(text), t => t.Length > 0);
    }

    [Fact]
    public void The_redline_compares_an_HTML_table_cell_by_cell()
    {
        using var site = TwoVersions();
        site.BuildSucceeding();

        var page = site.Page("en/p/diff/2024-01-01..2025-01-01/index.html");
        var inserted = page.QuerySelectorAll(".rl-hunk ins").Select(i => i.TextContent.Trim()).ToList();
        Assert.NotEmpty(inserted);
        Assert.All(inserted, i => Assert.EndsWith("and secure", i, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll(".rl-hunk del"));
        Assert.Single(page.QuerySelectorAll(".rl-hunk"));
    }

    [Fact]
    public void The_parallel_view_shows_an_HTML_table_row_beside_its_translation()
    {
        using var site = TwoVersions();
        site.BuildSucceeding();

        var rows = site.Page("de/p/2025-01-01/parallel/index.html").QuerySelectorAll(".pv-row:not(.pv-caption)").ToList();
        var header = rows.Single(r => r.QuerySelector(".pv-source")!.TextContent.Contains("Purpose", StringComparison.Ordinal));
        Assert.Contains("Zweck", header.QuerySelector(".pv-translation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.QuerySelector(".pv-translation")!.TextContent.Contains("Um ihn zu verbessern", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.ClassList.Contains("pv-drift"));
    }

    [Fact]
    public void An_HTML_table_row_missing_from_a_translation_is_a_structure_warning_at_its_line()
    {
        using var site = TwoVersions();
        site.Version("p/2025-01-01.de.md", "title: Datenschutz\nsummary: Sicherheit",
            Table.Replace("    <tr><td>To improve it</td><td><strong>Legitimate interest</strong></td></tr>\n", ""));

        var warning = TestSite.Single(site.Build(), DiagnosticCodes.TranslationStructure);

        Assert.Equal("p/2025-01-01.de.md", warning.Location.File);
        Assert.Contains("a table row of 2 cells", warning.Message);
        Assert.Contains("p/2025-01-01.en.md:13", warning.Message);
    }

    [Fact]
    public void With_raw_html_text_in_site_yml_every_tag_is_shown_as_text()
    {
        using var site = TwoVersions("title: Documents\ndefault_language: en\nlanguages: [en, de]\nraw_html: text\n");
        site.BuildSucceeding();

        var text = site.Page("en/p/index.html").QuerySelector(".policy-text")!;
        Assert.Null(text.QuerySelector("table, br, td"));
        Assert.Contains("<table>", text.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_raw_html_value_that_is_not_one_is_a_located_error()
    {
        using var site = new TestSite("title: Documents\ndefault_language: en\nlanguages: [en]\nraw_html: allow\n");
        site.Version("p/2024-01-01.en.md", "title: Privacy");

        var error = TestSite.Single(site.Build(), DiagnosticCodes.WrongType);

        Assert.True(error.IsError);
        Assert.Equal(new SourceLocation("site.yml", 4, 11), error.Location);
        Assert.Contains("'sanitize' or 'text'", error.Message);
    }

    [Fact]
    public void Removed_markup_and_an_image_without_alt_text_are_located_warnings_that_fail_a_strict_build()
    {
        using var site = new TestSite("title: Documents\ndefault_language: en\nlanguages: [en]\n");
        site.Version("p/2024-01-01.en.md", "title: Privacy", "Intro.\n\n<p>\n  <img src=\"seal.png\">\n  <span onclick=\"x()\">Seal</span>\n</p>\n");

        var result = site.Build();

        var removed = TestSite.Single(result, DiagnosticCodes.MarkupRemoved);
        var image = TestSite.Single(result, DiagnosticCodes.ImageWithoutAlt);
        Assert.Equal(new SourceLocation("p/2024-01-01.en.md", 8, 3), removed.Location);
        Assert.Equal(new SourceLocation("p/2024-01-01.en.md", 7, 3), image.Location);
        Assert.True(result.Succeeded);
        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(site.Build(strict: true)));
    }

    /// <summary>Text on the page that reads like a tag or comment written in the source: escaped markup.</summary>
    internal static IEnumerable<string> EscapedTags(IElement element) => element.Descendants<IText>()
        .Select(t => t.Data)
        .Where(t => t.Contains("<table", StringComparison.Ordinal) || t.Contains("<br", StringComparison.Ordinal) || t.Contains("<a ", StringComparison.Ordinal)
            || t.Contains("<span", StringComparison.Ordinal) || t.Contains("<!--", StringComparison.Ordinal) || t.Contains("</", StringComparison.Ordinal));
}
