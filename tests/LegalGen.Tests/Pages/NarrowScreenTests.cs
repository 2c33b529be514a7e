using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// What a phone needs of the markup: tables in a box of their own that scrolls sideways and takes the keyboard's
/// focus, and on the parallel view each stacked side saying which language it is, in the page's language.
/// </summary>
public class NarrowScreenTests
{
    private const string Table = "## Okresy\n\n| Dane | Okres |\n|---|---|\n| Logi | 30 dni |\n| Kopie | 90 dni |\n";

    [Fact]
    public void A_table_of_a_text_and_of_a_redline_sits_alone_in_a_focusable_scroll_box()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: P", Table + "\n<table><tr><td>HTML</td></tr></table>\n")
            .Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", Table.Replace("30 dni", "14 dni", StringComparison.Ordinal) + "\n<table><tr><td>HTML</td></tr></table>\n");
        site.BuildSucceeding();

        var text = site.Page("pl/p/index.html").QuerySelector("[data-text]")!;
        Assert.Equal(2, text.QuerySelectorAll("table").Length);
        Assert.All(text.QuerySelectorAll("table"), table =>
        {
            var box = table.ParentElement!;
            Assert.True(box.ClassList.Contains("table-scroll"), box.OuterHtml);
            Assert.Equal("0", box.GetAttribute("tabindex"));
            Assert.Single(box.Children);
        });

        var redline = site.Page("pl/p/diff/2024-01-01..2025-01-01/index.html").QuerySelector(".view-inline .redline")!;
        var rows = redline.QuerySelector("table.rl-table")!;
        Assert.True(rows.ParentElement!.ClassList.Contains("table-scroll"));
        Assert.Equal("0", rows.ParentElement.GetAttribute("tabindex"));
    }

    [Fact]
    public void Each_side_of_a_parallel_row_opens_with_its_language_and_an_empty_side_has_no_label()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nDotyczy strony.\n")
            .Version("p/2024-01-01.en.md", "title: Policy", "## Scope\n\nCovers the website.\n\nAn extra paragraph.\n");
        site.Build();

        var page = site.Page("en/p/2024-01-01/parallel/index.html");
        var rows = page.QuerySelectorAll(".pv-row:not(.pv-caption)").ToList();
        var source = rows[0].QuerySelector(".pv-source > .pv-side-label")!;
        Assert.Equal("Polski — binding text", source.TextContent);
        Assert.Equal("en", source.GetAttribute("lang"));
        Assert.Equal("ltr", source.QuerySelector("[lang=pl]")!.GetAttribute("dir"));
        var translation = rows[0].QuerySelector(".pv-translation > .pv-side-label")!;
        Assert.Equal("English", translation.TextContent);
        Assert.Same(source, rows[0].QuerySelector(".pv-source")!.FirstElementChild);

        var drift = rows.Single(r => r.ClassList.Contains("pv-drift"));
        Assert.Equal("", drift.QuerySelector(".pv-source")!.InnerHtml);
        Assert.NotNull(drift.QuerySelector(".pv-translation > .pv-side-label"));
    }
}
