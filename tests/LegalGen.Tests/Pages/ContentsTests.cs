using AngleSharp.Dom;
using LegalGen.Markdown;
using LegalGen.Pages.Planning;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// The contents of a version page nest its headings by level, so a numbered list restarts at each level, and are
/// unnumbered when the headings number themselves; the diff page's changed sections likewise. Ids and links stay
/// those of the headings.
/// </summary>
public class ContentsTests
{
    private const string Plain = "## Scope\n\nText.\n\n## Accounts\n\nText.\n\n### Security\n\nText.\n\n### Closing\n\nText.\n\n## Fees\n\nText.\n";

    private const string Numbered = "## 1. Scope\n\nText.\n\n## 2. Accounts\n\nText.\n\n### 2.1 Security\n\nText.\n\n### 2.2 Closing\n\nText.\n\n## 3. Fees\n\nText.\n";

    [Fact]
    public void Subheadings_are_a_list_inside_their_heading_so_numbers_restart_at_each_level()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: P", Plain);
        site.BuildSucceeding();

        var toc = site.Page("pl/p/index.html").QuerySelector("nav.toc")!;
        var top = toc.QuerySelectorAll(":scope > ol > li").ToList();
        Assert.Equal(["Scope", "Accounts", "Fees"], top.Select(li => li.QuerySelector(":scope > a")!.TextContent));
        Assert.Equal(["Security", "Closing"], top[1].QuerySelectorAll(":scope > ol > li > a").Select(a => a.TextContent));
        Assert.Empty(top[0].QuerySelectorAll("ol"));
        Assert.Equal(["toc-level-2", "toc-level-2", "toc-level-3", "toc-level-3", "toc-level-2"], toc.QuerySelectorAll("li").Select(li => li.ClassName));
        Assert.False(toc.ClassList.Contains("toc-unnumbered"));
        AssertLinksLeadToTheHeadingsInOrder(site.Page("pl/p/index.html"));
    }

    [Fact]
    public void Headings_that_carry_their_own_numbers_get_unnumbered_contents()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: P", Numbered);
        site.BuildSucceeding();

        var page = site.Page("pl/p/index.html");
        var toc = page.QuerySelector("nav.toc")!;
        Assert.True(toc.ClassList.Contains("toc-unnumbered"));
        Assert.Empty(toc.QuerySelectorAll("ol"));
        Assert.Equal(["1. Scope", "2. Accounts", "3. Fees"], toc.QuerySelectorAll(":scope > ul > li > a").Select(a => a.TextContent));
        Assert.Equal(["2.1 Security", "2.2 Closing"], toc.QuerySelectorAll(":scope > ul > li > ul > li > a").Select(a => a.TextContent));
        AssertLinksLeadToTheHeadingsInOrder(page);
    }

    [Fact]
    public void The_diff_page_lists_changed_sections_without_numbers_when_their_titles_have_their_own()
    {
        using var numbered = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: P", Numbered)
            .Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", Numbered.Replace("## 3. Fees\n\nText.", "## 3. Fees\n\nOther text.", StringComparison.Ordinal).Replace("Scope\n\nText.", "Scope\n\nNew text.", StringComparison.Ordinal));
        using var plain = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: P", Plain)
            .Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", Plain.Replace("## Fees\n\nText.", "## Fees\n\nOther text.", StringComparison.Ordinal).Replace("Scope\n\nText.", "Scope\n\nNew text.", StringComparison.Ordinal));
        numbered.BuildSucceeding();
        plain.BuildSucceeding();

        const string diff = "pl/p/diff/2024-01-01..2025-01-01/index.html";
        var unnumbered = numbered.Page(diff).QuerySelector("nav.changed-sections")!;
        Assert.Null(unnumbered.QuerySelector("ol"));
        Assert.Equal(["1. Scope", "3. Fees"], unnumbered.QuerySelectorAll("ul.sections-unnumbered > li > a").Select(a => a.TextContent));
        Assert.Equal(["Scope", "Fees"], plain.Page(diff).QuerySelectorAll("nav.changed-sections ol > li > a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_heading_goes_below_the_nearest_higher_one_and_a_skipped_level_nests_one_step()
    {
        var contents = ContentsPlanner.Plan([
            new TocEntry(3, "a", "Opening subsection"),
            new TocEntry(2, "b", "B"),
            new TocEntry(3, "c", "C"),
            new TocEntry(2, "d", "D"),
            new TocEntry(4, "e", "E, two levels down"),
            new TocEntry(3, "f", "F"),
        ]);

        Assert.True(contents.IsNumbered);
        Assert.Equal(["a", "b", "d"], contents.Entries.Select(e => e.Id));
        Assert.Equal(["c"], contents.Entries[1].Entries.Select(e => e.Id));
        Assert.Equal(["e", "f"], contents.Entries[2].Entries.Select(e => e.Id));
        Assert.Empty(contents.Entries[2].Entries[0].Entries);
    }

    /// <summary>The contents link, in reading order, to every listed heading of the text, by the id it has.</summary>
    private static void AssertLinksLeadToTheHeadingsInOrder(IDocument page)
    {
        var headings = page.QuerySelectorAll(".policy-text h2, .policy-text h3").Select(h => "#" + h.Id).ToList();
        Assert.Equal(headings, page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
    }
}
