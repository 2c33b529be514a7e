using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Redline.Model;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>
/// The redline as the built-in partials write it (<c>_redline.sbn</c>, <c>_redline_nav.sbn</c>): numbered changes with
/// their neighbours, marks announced, unchanged stretches folded — and what <c>assets/redline.js</c> needs to make the
/// side-by-side view of it in the browser.
/// </summary>
public class RedlinePartialsTests
{
    private static readonly RedlineDiff Sample = Redlines.Of(
        "## Scope\n\nThis policy covers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n\n- access\n- erasure\n\n## Contact\n\nWrite to iod@example.com with any question about your data.\n",
        "## Scope\n\nThis policy covers the website and the app.\n\n## Logs\n\nLogs are kept for 14 days.\n\n- access\n- portability\n- erasure\n\n## Contact\n\nCall us.\n\nWrite to iod@example.com with any question about your data.\n");

    [Fact]
    public void The_inline_redline_wraps_each_change_with_links_to_its_neighbours()
    {
        var redline = View(DiffPages.Render(Sample), ".view-inline");

        var hunks = redline.QuerySelectorAll(".rl-hunk").ToList();
        Assert.Equal(Enumerable.Range(1, Sample.Hunks.Count).Select(n => $"change-{n}"), hunks.Select(h => h.Id));
        Assert.Null(hunks[0].QuerySelector("a[rel=prev]"));
        Assert.Equal("#change-2", hunks[0].QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"Change 1 of {Sample.Hunks.Count}", hunks[0].QuerySelector(".rl-nav-count")!.TextContent);
        Assert.Null(hunks[^1].QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Every_mark_is_announced_and_marks_never_nest()
    {
        var redline = View(DiffPages.Render(Sample), ".view-inline");

        Assert.All(redline.QuerySelectorAll("del"), d => Assert.Equal("deleted: ", d.QuerySelector(".visually-hidden")!.TextContent));
        Assert.All(redline.QuerySelectorAll("ins"), i => Assert.Equal("inserted: ", i.QuerySelector(".visually-hidden")!.TextContent));
        Assert.Empty(redline.QuerySelectorAll("del del, del ins, ins ins, ins del"));
        Assert.Equal(["30"], redline.QuerySelectorAll("del").Select(d => d.TextContent.Replace("deleted: ", "")));
    }

    [Fact]
    public void The_side_by_side_view_is_left_to_the_script_which_gets_its_captions_and_its_switch()
    {
        var document = new HtmlParser().ParseDocument(DiffPages.Render(Sample));

        var side = View(document.DocumentElement.OuterHtml, ".view-side");
        Assert.Empty(side.Children);
        Assert.Equal("", side.TextContent.Trim());
        Assert.Equal("Older version (January 1, 2024)", side.GetAttribute("data-old-caption"));
        Assert.Equal("Newer version (January 1, 2025)", side.GetAttribute("data-new-caption"));
        // Without the script the switch stays hidden: the inline view is the page.
        Assert.True(document.QuerySelector("fieldset.view-switch")!.HasAttribute("hidden"));
        Assert.Equal("../../../../assets/redline.js", document.QuerySelector("script[src$='redline.js']")!.GetAttribute("src"));
        Assert.Empty(document.QuerySelectorAll(".sbs, .sbs-hunk, .sbs-row"));
    }

    [Fact]
    public void Unchanged_stretches_are_folded_into_details()
    {
        var old = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Paragraph number {i} stays the same.")) + "\n";
        var diff = Redlines.Of(old, old.Replace("number 10 stays", "number 10 now changes"));

        var redline = View(DiffPages.Render(diff), ".view-inline");

        var folds = redline.QuerySelectorAll("details.rl-fold").ToList();
        Assert.Equal(2, folds.Count);
        Assert.Equal(["8 unchanged passages", "9 unchanged passages"], folds.Select(f => f.QuerySelector("summary")!.TextContent));
        Assert.Equal(20, redline.QuerySelectorAll("p").Count(p => !p.ClassList.Contains("rl-nav")));
    }

    [Fact]
    public void A_redline_without_its_unchanged_text_still_counts_the_folded_stretches()
    {
        var old = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Paragraph number {i} stays the same.")) + "\n";
        var diff = Redlines.Of(old, old.Replace("number 10 stays", "number 10 now changes"));

        var redline = View(DiffPages.Render(diff, full: false), ".view-inline");

        var folds = redline.QuerySelectorAll("details.rl-fold").ToList();
        Assert.Equal(["8 unchanged passages", "9 unchanged passages"], folds.Select(f => f.QuerySelector("summary")!.TextContent));
        Assert.All(folds, f => Assert.Empty(f.QuerySelectorAll("p")));
        Assert.Equal(3, redline.QuerySelectorAll("p").Count(p => !p.ClassList.Contains("rl-nav")));
    }

    [Fact]
    public void Moved_blocks_link_to_each_other_by_their_changes_ids()
    {
        var diff = Redlines.Of(
            "## A\n\nFirst paragraph that moves later on in the text.\n\n## B\n\nSecond.\n\n## C\n\nThird.\n",
            "## A\n\nNew start.\n\n## B\n\nSecond.\n\n## C\n\nThird.\n\nFirst paragraph that moves later on in the text.\n");
        var page = DiffPages.Render(diff);

        var inline = View(page, ".view-inline");
        var away = inline.QuerySelector(".rl-moved-from .rl-move-link a")!;
        var here = inline.QuerySelector(".rl-moved-to .rl-move-link a")!;
        Assert.Equal("#" + here.Closest(".rl-hunk")!.Id, away.GetAttribute("href"));
        Assert.Equal("#" + away.Closest(".rl-hunk")!.Id, here.GetAttribute("href"));
        // assets/redline.js points the side-by-side view's copies of these links at its own hunks, side-change-N.
        Assert.Equal(2, inline.QuerySelectorAll(".rl-move-link a[href^='#change-']").Length);
        Assert.All(inline.QuerySelectorAll(".rl-move-link a"), a => Assert.NotNull(inline.QuerySelector(a.GetAttribute("href")!)));
    }

    [Fact]
    public void A_redline_template_that_writes_each_block_itself_makes_the_same_page()
    {
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Templates, "_redline.sbn"));
        var blockByBlock = builtIn.Replace("{{ passage.html ~}}\n", """
            {{~ for group in passage.groups ~}}
            {{~ if group.is_list ~}}
            <ul class="rl-list">
            {{~ else if group.is_table ~}}
            <div class="table-scroll" tabindex="0"><table class="rl-table">
            {{~ end ~}}
            {{~ for b in group.blocks ~}}
            {{ b.html }}
            {{~ end ~}}
            {{~ if group.is_list ~}}
            </ul>
            {{~ else if group.is_table ~}}
            </table></div>
            {{~ end ~}}
            {{~ end ~}}

            """, StringComparison.Ordinal);
        Assert.NotEqual(builtIn, blockByBlock);
        const string older = "## Scope\n\nText.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA paragraph that moves to the end of the text.\n\n## End\n\nLast.\n";
        const string newer = "## Scope\n\nText changed.\n\n- one\n- three\n- two\n\n| a | b |\n|---|---|\n| 1 | 3 |\n\n## End\n\nLast.\n\nA paragraph that moves to the end of the text.\n";
        using var plain = new TestSite().Version("p/2024-01-01.pl.md", "title: P", older).Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", newer);
        using var own = new TestSite().Version("p/2024-01-01.pl.md", "title: P", older).Version("p/2025-01-01.pl.md", "title: P\nsummary: S.", newer);
        own.TemplatesDirectory = Path.Combine(own.Root, "templates");
        Directory.CreateDirectory(own.TemplatesDirectory);
        File.WriteAllText(Path.Combine(own.TemplatesDirectory, "_redline.sbn"), blockByBlock);

        plain.BuildSucceeding();
        own.BuildSucceeding();

        const string diff = "pl/p/diff/2024-01-01..2025-01-01/index.html";
        Assert.Contains("rl-moved-from", plain.Read(diff));
        Assert.Equal(plain.Read(diff), own.Read(diff));
    }

    private static IElement View(string page, string selector) =>
        new HtmlParser().ParseDocument(page).QuerySelector(selector) ?? throw new InvalidOperationException($"the page has no {selector}");
}
