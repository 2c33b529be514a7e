using System.Text.Json;
using AngleSharp.Html.Parser;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class RedlineWritersTests
{
    private static readonly RedlineDiff Sample = Redlines.Of(
        "## Scope\n\nThis policy covers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n\n- access\n- erasure\n\n## Contact\n\nWrite to iod@example.com with any question about your data.\n",
        "## Scope\n\nThis policy covers the website and the app.\n\n## Logs\n\nLogs are kept for 14 days.\n\n- access\n- portability\n- erasure\n\n## Contact\n\nCall us.\n\nWrite to iod@example.com with any question about your data.\n");

    [Fact]
    public void The_inline_redline_wraps_each_change_with_links_to_its_neighbours()
    {
        var page = new HtmlParser().ParseDocument(new RedlineHtmlWriter(RedlineLabels.English).Write(Sample));

        var hunks = page.QuerySelectorAll(".rl-hunk").ToList();
        Assert.Equal(Enumerable.Range(1, Sample.Hunks.Count).Select(n => $"change-{n}"), hunks.Select(h => h.Id));
        Assert.Null(hunks[0].QuerySelector("a[rel=prev]"));
        Assert.Equal("#change-2", hunks[0].QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"Change 1 of {Sample.Hunks.Count}", hunks[0].QuerySelector(".rl-nav-count")!.TextContent);
        Assert.Null(hunks[^1].QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void Every_mark_is_announced_and_marks_never_nest()
    {
        var page = new HtmlParser().ParseDocument(new RedlineHtmlWriter(RedlineLabels.English).Write(Sample));

        Assert.All(page.QuerySelectorAll("del"), d => Assert.Equal("deleted: ", d.QuerySelector(".visually-hidden")!.TextContent));
        Assert.All(page.QuerySelectorAll("ins"), i => Assert.Equal("inserted: ", i.QuerySelector(".visually-hidden")!.TextContent));
        Assert.Empty(page.QuerySelectorAll("del del, del ins, ins ins, ins del"));
        Assert.Equal(["30"], page.QuerySelectorAll("del").Select(d => d.TextContent.Replace("deleted: ", "")));
    }

    [Fact]
    public void The_side_by_side_view_shows_deletions_left_and_insertions_right()
    {
        var page = new HtmlParser().ParseDocument(new RedlineSideBySideWriter(RedlineLabels.English).Write(Sample, "Old", "New"));

        Assert.Equal(Sample.Hunks.Count, page.QuerySelectorAll(".sbs-hunk").Length);
        Assert.Empty(page.QuerySelectorAll(".sbs-old ins"));
        Assert.Empty(page.QuerySelectorAll(".sbs-new del"));
        Assert.Contains(page.QuerySelectorAll(".sbs-old del"), d => d.TextContent.EndsWith("30"));
        Assert.Contains(page.QuerySelectorAll(".sbs-new ins"), i => i.TextContent.EndsWith("14"));
        Assert.Contains(page.QuerySelectorAll(".sbs-new ins"), i => i.TextContent.EndsWith("portability"));
    }

    [Fact]
    public void Unchanged_stretches_are_folded_into_details()
    {
        var old = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Paragraph number {i} stays the same.")) + "\n";
        var diff = Redlines.Of(old, old.Replace("number 10 stays", "number 10 now changes"));

        var page = new HtmlParser().ParseDocument(new RedlineHtmlWriter(RedlineLabels.English).Write(diff));

        var folds = page.QuerySelectorAll("details.rl-fold").ToList();
        Assert.Equal(2, folds.Count);
        Assert.Equal(["8 unchanged passages", "9 unchanged passages"], folds.Select(f => f.QuerySelector("summary")!.TextContent));
        Assert.Equal(20, page.QuerySelectorAll("p").Count(p => !p.ClassList.Contains("rl-nav")));
    }

    [Fact]
    public void The_JSON_form_carries_every_segment_and_the_counts()
    {
        using var json = JsonDocument.Parse(RedlineJsonWriter.Write(Sample));
        var root = json.RootElement;

        Assert.Equal(RedlineJsonWriter.SchemaVersion, root.GetProperty("schema").GetInt32());
        Assert.Equal(Sample.Statistics.WordsInserted, root.GetProperty("statistics").GetProperty("wordsInserted").GetInt32());
        Assert.Equal(Sample.Blocks.Count, root.GetProperty("blocks").GetArrayLength());
        var logs = root.GetProperty("blocks").EnumerateArray().First(b => b.GetProperty("change").GetString() == "modified" && b.GetProperty("section").GetString() == "logs");
        var ops = logs.GetProperty("cells")[0].EnumerateArray().Select(s => (s.GetProperty("op").GetString(), s.GetProperty("text").GetString())).ToList();
        Assert.Equal([("equal", "Logs are kept for"), ("delete", "30"), ("insert", "14"), ("equal", "days.")], ops);
    }

    [Fact]
    public void The_JSON_form_is_the_same_for_the_same_diff()
    {
        Assert.Equal(RedlineJsonWriter.Write(Sample), RedlineJsonWriter.Write(Redlines.Of(
            "## Scope\n\nThis policy covers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n\n- access\n- erasure\n\n## Contact\n\nWrite to iod@example.com with any question about your data.\n",
            "## Scope\n\nThis policy covers the website and the app.\n\n## Logs\n\nLogs are kept for 14 days.\n\n- access\n- portability\n- erasure\n\n## Contact\n\nCall us.\n\nWrite to iod@example.com with any question about your data.\n")));
    }
}
