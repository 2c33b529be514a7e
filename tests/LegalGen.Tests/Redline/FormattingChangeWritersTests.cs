using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

/// <summary>
/// Every form of the redline shows a change of formatting where it is: the web page's inline view as a framed stretch
/// with a note in words (both link targets as text, readable without colour and aloud), carrying the older formatting
/// hidden for the side-by-side view the browser makes of it, the terminal as <c>{~…~}</c> with the note, and the JSON
/// as structured data.
/// </summary>
public class FormattingChangeWritersTests
{
    private const string OldLink = "https://en.wikipedia.org/wiki/Privacy_policy";
    private const string NewLink = "https://foundation.wikimedia.org/wiki/Policy:Privacy_policy";

    private static readonly RedlineDiff Relinked = Redlines.Of(
        $"## Privacy Policies\n\n[Google](https://policies.google.com/privacy)\n\n[Wikipedia]({OldLink})\n",
        $"### Privacy Policies\n\n[Google](https://policies.google.com/privacy)\n\n[Wikipedia]({NewLink})\n");

    [Fact]
    public void The_inline_view_frames_the_relinked_words_and_names_both_targets_in_words()
    {
        var page = new HtmlParser().ParseDocument(DiffPages.Render(Relinked));
        var inline = page.QuerySelector(".view-inline")!;

        var mark = Assert.Single(inline.QuerySelectorAll(".rl-format"));
        Assert.Equal([NewLink], mark.QuerySelectorAll("a").Where(a => a.Closest(".rl-was") is null).Select(a => a.GetAttribute("href")));
        Assert.Equal($"(link changed: {OldLink} → {NewLink})", mark.QuerySelector(".rl-format-note")!.TextContent);
        Assert.Null(mark.Closest("del"));
        Assert.Empty(inline.QuerySelectorAll("del, ins"));
    }

    [Fact]
    public void The_inline_view_notes_a_heading_level_change_on_the_heading()
    {
        var page = new HtmlParser().ParseDocument(DiffPages.Render(Relinked));

        var heading = page.QuerySelector(".view-inline h3.rl-modified")!;
        Assert.Contains("rl-reformatted", heading.ClassList);
        Assert.Equal("(heading level 2 → 3)", heading.QuerySelector(".rl-format-note")!.TextContent);
    }

    [Fact]
    public void Formatting_changes_are_counted_and_navigated_as_changes_each_visibly_marked()
    {
        var page = new HtmlParser().ParseDocument(DiffPages.Render(Relinked));

        Assert.Contains("2 formatting changes", page.QuerySelector(".diff-counts")!.TextContent);
        Assert.Contains("formatting or link changed", page.QuerySelector(".legend")!.TextContent);
        var hunks = page.QuerySelectorAll(".view-inline .rl-hunk");
        Assert.Equal(2, hunks.Length);
        Assert.All(hunks, h => Assert.NotEmpty(h.QuerySelectorAll(".rl-format-note")));
        Assert.Contains("Change 1 of 2", hunks[0].TextContent);
    }

    [Fact]
    public void The_inline_view_carries_the_older_link_hidden_first_for_the_side_by_side_view()
    {
        var page = new HtmlParser().ParseDocument(DiffPages.Render(Relinked));
        var mark = Assert.Single(page.QuerySelectorAll(".view-inline .rl-format"));

        // assets/redline.js shows the rl-was words in the older column in place of the framed stretch.
        var was = Assert.IsAssignableFrom<IHtmlElement>(mark.FirstElementChild);
        Assert.Equal("rl-was", was.ClassName);
        Assert.True(was.IsHidden);
        Assert.Equal("Wikipedia", was.TextContent.Trim());
        Assert.Equal(OldLink, Assert.Single(was.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Null(was.QuerySelector(".rl-format-note"));
        Assert.Empty(page.QuerySelectorAll(".view-inline .rl-was").Except([was]));
        Assert.Empty(page.QuerySelector(".view-side")!.Children);
    }

    [Fact]
    public void The_terminal_marks_reformatted_words_and_says_what_changed()
    {
        var text = RedlineTextWriter.Write(Relinked);

        Assert.Contains("### Privacy Policies (heading level 2 → 3)", text);
        Assert.Contains($"{{~Wikipedia~}} (link changed: {OldLink} → {NewLink})", text);
        Assert.Contains(", 2 formatting changes.", RedlineTextWriter.Summary(Relinked.Statistics));
    }

    [Fact]
    public void The_terminal_gives_the_note_its_own_kind_for_a_terminal_to_colour()
    {
        var spans = RedlineTextWriter.Lines(Relinked).SelectMany(l => l).ToList();

        Assert.Contains(new RedlineTextSpan("Wikipedia", RedlineTextKind.Reformatted), spans);
        Assert.Contains(spans, s => s.Kind == RedlineTextKind.Note && s.Text.Contains("link changed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_JSON_carries_formatting_changes_as_data_on_equal_words_and_on_blocks()
    {
        using var json = JsonDocument.Parse(RedlineJsonWriter.Write(Relinked));
        var blocks = json.RootElement.GetProperty("blocks").EnumerateArray().ToList();

        Assert.Equal(2, json.RootElement.GetProperty("statistics").GetProperty("formattingChanges").GetInt32());
        var heading = blocks.Single(b => b.GetProperty("kind").GetString() == "heading");
        var level = Assert.Single(heading.GetProperty("formatting").EnumerateArray());
        Assert.Equal(("heading-level", 2, 3), (level.GetProperty("what").GetString(), level.GetProperty("old").GetInt32(), level.GetProperty("new").GetInt32()));

        var segment = blocks.Where(b => b.GetProperty("change").GetString() == "modified" && b.GetProperty("kind").GetString() == "paragraph")
            .Select(b => b.GetProperty("cells")[0][0]).Single();
        Assert.Equal(("equal", "Wikipedia"), (segment.GetProperty("op").GetString(), segment.GetProperty("text").GetString()));
        var link = Assert.Single(segment.GetProperty("formatting").EnumerateArray());
        Assert.Equal(("link", OldLink, NewLink), (link.GetProperty("what").GetString(), link.GetProperty("old").GetString(), link.GetProperty("new").GetString()));
    }

    [Fact]
    public void The_JSON_names_emphasis_added_or_removed_with_true_and_false()
    {
        using var json = JsonDocument.Parse(RedlineJsonWriter.Write(Redlines.Of("**Searches**: what you type.\n", "Searches: what you type.\n")));

        var bold = json.RootElement.GetProperty("blocks")[0].GetProperty("cells")[0][0].GetProperty("formatting")[0];
        Assert.Equal(("bold", true, false), (bold.GetProperty("what").GetString(), bold.GetProperty("old").GetBoolean(), bold.GetProperty("new").GetBoolean()));
    }

    [Fact]
    public void Notes_are_escaped_like_every_other_text()
    {
        var diff = Redlines.Of("[form](https://a.example/?a=1)\n", "[form](https://a.example/?a=1&b=2)\n");

        var html = DiffPages.Render(diff);

        Assert.Contains("→ https://a.example/?a=1&amp;b=2)</span>", html, StringComparison.Ordinal);
        var note = new HtmlParser().ParseDocument(html).QuerySelector(".view-inline .rl-format-note")!;
        Assert.Equal("(link changed: https://a.example/?a=1 → https://a.example/?a=1&b=2)", note.TextContent);
    }
}
