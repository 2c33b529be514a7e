using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// The compare page without JavaScript is its table of links to the diff pages (the form, which could only reload
/// the page, is hidden until the script shows it); a policy with one version says there is nothing to compare.
/// </summary>
public class ComparePageTests
{
    [Fact]
    public void Without_javascript_the_form_is_hidden_and_the_table_links_every_pair_that_has_a_diff_page()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: P", "Pierwszy.\n")
            .Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", "Drugi.\n")
            .Version("p/2026-06-01.pl.md", "title: P\nsummary: S.", "Trzeci.\n");
        site.BuildSucceeding("2026-01-01");

        var page = site.Page("pl/p/compare/index.html");
        var form = page.QuerySelector("form[data-compare]")!;
        Assert.True(form.HasAttribute("hidden"));
        var links = page.QuerySelectorAll(".compare-table td a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../diff/2024-01-01..2025-01-01/index.html", "../diff/2025-01-01..2026-06-01/index.html"], links);
        Assert.All(page.QuerySelectorAll(".compare-table td a"), a => Assert.StartsWith("Porównaj ", a.GetAttribute("aria-label"), StringComparison.Ordinal));
        // On a phone each link names the newer version, the table's column heading being out of sight.
        Assert.Equal(["1 stycznia 2025", "1 czerwca 2026"], page.QuerySelectorAll(".compare-table td a .compare-to").Select(s => s.TextContent.Replace("→ ", "", StringComparison.Ordinal)));

        // The script shows the form, and says so when the same version is chosen twice.
        var script = File.ReadAllText(Path.Combine(site.OutputDirectory, "assets", "compare.js"));
        Assert.Contains("form.hidden = false;", script, StringComparison.Ordinal);
        Assert.Contains("if (from === to) return say(t(\"compare_same_version\"), true);", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_with_one_version_says_there_is_nothing_to_compare_and_offers_no_choice()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: P", "Tekst.\n")
            .Version("p/2024-01-01.en.md", "title: P", "Text.\n");
        site.BuildSucceeding();

        var page = site.Page("en/p/compare/index.html");
        var main = page.QuerySelector("main")!;
        Assert.Empty(page.QuerySelectorAll("form, select, table, script, #compare-data"));
        Assert.DoesNotContain("Choose any two versions", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("only one version", main.TextContent, StringComparison.Ordinal);
        var link = main.QuerySelector(".compare-single a")!;
        Assert.Equal("../2024-01-01/index.html", link.GetAttribute("href"));
        Assert.Equal("Version of January 1, 2024", link.TextContent);
        Assert.Contains("tylko jedną wersję", site.Page("pl/p/compare/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
