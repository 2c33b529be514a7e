using AngleSharp.Dom;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// Without JavaScript, the change log's table of dates in force says which version applied when; every page states the
/// date its statuses were computed for; the version pages and the change log carry the date picker, hidden until its
/// script runs, behind a link to that table.
/// </summary>
public sealed class PointInTimePagesTests : IDisposable
{
    private readonly TestSite _site = PointInTimeSite.Create();

    public void Dispose() => _site.Dispose();

    private static List<string[]> Rows(IDocument page) => page.QuerySelectorAll(".in-force-table tbody tr")
        .Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray())
        .ToList();

    [Fact]
    public void The_change_log_tables_each_version_from_its_first_to_its_last_day_corrections_named_as_such()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);

        var page = _site.Page("en/privacy/changes/index.html");

        Assert.Equal(["Version", "From", "Until"], page.QuerySelectorAll(".in-force-table thead th").Select(h => h.TextContent));
        Assert.Equal(
            [
                ["Version of September 1, 2026 Not yet in force", "September 1, 2026", "no end date yet"],
                ["Version of May 1, 2025 In force", "May 1, 2025", "August 31, 2026"],
                ["Correction effective February 10, 2024 No longer in force", "February 10, 2024", "April 30, 2025"],
                ["Version of March 1, 2023 No longer in force", "March 1, 2023", "February 9, 2024"],
            ],
            Rows(page));
        Assert.Equal(
            ["2026-09-01/index.html", "2025-05-01/index.html", "2024-02-10/index.html", "2023-03-01/index.html"],
            page.QuerySelectorAll(".in-force-table tbody th a").Select(a => a.GetAttribute("href")!.Replace("../", "", StringComparison.Ordinal)));
        Assert.Equal(["2025-05-01", "2026-08-31"], page.QuerySelectorAll("#in-force-2025-05-01 time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal("Dates in force", page.QuerySelector("#in-force h2")!.TextContent);
        Assert.Equal("in-force-title", page.QuerySelector(".in-force-table")!.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void A_withdrawal_is_a_row_of_its_own_announced_or_done_in_the_readers_language()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);

        Assert.Equal(
            [
                ["No version: the document is to be withdrawn", "March 1, 2027", "no end date yet"],
                ["Version of April 1, 2026 Not yet in force", "April 1, 2026", "February 28, 2027"],
                ["Version of January 15, 2024 In force", "January 15, 2024", "March 31, 2026"],
            ],
            Rows(_site.Page("en/terms/changes/index.html")));
        Assert.Equal(
            [
                ["Żadna wersja: dokument wycofano", "1 września 2025", "bez daty końcowej"],
                ["Wersja z 1 czerwca 2024 Wycofano", "1 czerwca 2024", "31 sierpnia 2025"],
                ["Wersja z 1 czerwca 2023 Nie obowiązuje", "1 czerwca 2023", "31 maja 2024"],
            ],
            Rows(_site.Page("pl/retired/changes/index.html")));
    }

    [Fact]
    public void Every_page_states_the_date_its_status_was_computed_for_and_version_pages_beside_their_badge()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);

        var pages = Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.OutputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Contains("404.html", pages);
        foreach (var path in pages)
        {
            var page = _site.Page(path);
            var language = page.DocumentElement.GetAttribute("lang");
            var expected = language == "en" ? "Status as of January 1, 2026" : "Stan na 1 stycznia 2026";
            Assert.True(page.QuerySelector("footer .status-as-of")?.TextContent == expected, $"{path}: footer says '{page.QuerySelector("footer .status-as-of")?.TextContent}'");
            var kind = page.Body!.ClassName;
            if (kind is "kind-policy" or "kind-version" or "kind-parallel")
                Assert.True(page.QuerySelector(".status .badge + .in-force + .status-as-of")?.TextContent == expected, $"{path}: no as-of date beside the status badge");
            if (kind == "kind-changes")
                Assert.Equal(expected, page.QuerySelector("#in-force .status-as-of")!.TextContent);
        }

        Assert.Contains(pages, p => p.EndsWith("/parallel/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_pages_and_the_change_log_carry_the_picker_hidden_until_its_script_runs_with_a_link_to_the_table()
    {
        _site.BuildSucceeding(PointInTimeSite.AsOf);

        foreach (var (path, table) in new[]
                 {
                     ("en/privacy/index.html", "changes/index.html#in-force"),
                     ("en/privacy/2023-03-01/index.html", "../changes/index.html#in-force"),
                     ("pl/future/2026-07-01/index.html", "../changes/index.html#in-force"),
                 })
        {
            var page = _site.Page(path);
            var form = page.QuerySelector("form[data-pit]")!;
            Assert.True(form.HasAttribute("hidden"), path);
            Assert.Equal(page.QuerySelector("label[for=pit-date]")!.GetAttribute("for"), form.QuerySelector("input[type=date]")!.Id);
            Assert.Equal(table, page.QuerySelector(".pit-table-link a")!.GetAttribute("href"));
            Assert.EndsWith("assets/point-in-time.js", page.QuerySelector(".pit script[src]")!.GetAttribute("src"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#pit-data"));
        }

        var changes = _site.Page("en/privacy/changes/index.html");
        Assert.NotNull(changes.QuerySelector("#in-force form[data-pit][hidden]"));
        Assert.Null(changes.QuerySelector(".pit-table-link"));
        Assert.Empty(_site.Page("en/privacy/diff/2023-03-01..2024-02-10/index.html").QuerySelectorAll("[data-pit], #pit-data"));
    }

    [Fact]
    public void The_pickers_data_is_safe_inside_its_script_element_whatever_the_strings_say()
    {
        var strings = Path.Combine(_site.Root, "templates", "i18n");
        Directory.CreateDirectory(strings);
        File.WriteAllText(Path.Combine(strings, "en.yml"), "pit_answer: \"</script><script>alert(1)</script> {0}: {1}\"\n");
        _site.TemplatesDirectory = Path.Combine(_site.Root, "templates");
        _site.BuildSucceeding(PointInTimeSite.AsOf);

        var page = _site.Page("en/privacy/index.html");
        var data = page.QuerySelector("#pit-data")!.TextContent;

        Assert.Contains("\\u003C/script\\u003E", data, StringComparison.Ordinal);
        Assert.Equal(["../../assets/point-in-time.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Equal("</script><script>alert(1)</script> {0}: {1}", System.Text.Json.JsonDocument.Parse(data).RootElement.GetProperty("strings").GetProperty("answer").GetString());
    }
}
