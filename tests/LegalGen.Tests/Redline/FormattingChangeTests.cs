using LegalGen.Markdown;
using LegalGen.Redline.Model;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

/// <summary>
/// Changes a reader sees although the words stay the same — a link that leads elsewhere, a heading one level up, a list
/// numbered instead of bulleted, bold taken away, a space put in — are recorded on the words or the block they apply to,
/// so every counted change has something marked; spacing a browser folds away is no change at all. The real pairs are
/// short excerpts of Mozilla's Firefox Privacy Notice (CC BY-SA 3.0), from commits of its history.
/// </summary>
public class FormattingChangeTests
{
    [Fact]
    public void A_changed_link_target_marks_the_words_as_relinked_not_as_deleted_and_inserted()
    {
        // "Firefox PN: fix link to Wikipedia's privacy notice" (mozilla/legal-docs, March 2025).
        var diff = Redlines.Of(
            "[eBay.com](https://www.ebay.com/help/policies/member-behaviour-policies/user-privacy-notice-privacy-policy?id=4260)\n\n[Wikipedia](https://en.wikipedia.org/wiki/Privacy_policy)\n",
            "[eBay.com](https://www.ebay.com/help/policies/member-behaviour-policies/user-privacy-notice-privacy-policy?id=4260)\n\n[Wikipedia](https://foundation.wikimedia.org/wiki/Policy:Privacy_policy)\n");

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Modified, change.Kind);
        var segment = Assert.Single(change.Cells[0]);
        Assert.Equal(SegmentKind.Reformatted, segment.Kind);
        Assert.Equal("Wikipedia", Redlines.Text(segment.Tokens));
        Assert.Equal([new LinkChange("https://en.wikipedia.org/wiki/Privacy_policy", "https://foundation.wikimedia.org/wiki/Policy:Privacy_policy")], segment.Formatting);
        Assert.Equal((1, 0, 0, 1), (diff.Statistics.Changes, diff.Statistics.WordsInserted, diff.Statistics.WordsDeleted, diff.Statistics.FormattingChanges));
    }

    [Fact]
    public void One_changed_link_among_several_marks_only_its_words()
    {
        // "Update iOS telemetry link" (mozilla/legal-docs, May 2022).
        var diff = Redlines.Of(
            "Read the telemetry documentation for [Desktop](https://firefox-source-docs.mozilla.org/toolkit/components/telemetry/telemetry/index.html), [Android](https://dictionary.telemetry.mozilla.org/apps/fenix), or [iOS](https://github.com/mozilla-mobile/firefox-ios/wiki/Telemetry).\n",
            "Read the telemetry documentation for [Desktop](https://firefox-source-docs.mozilla.org/toolkit/components/telemetry/telemetry/index.html), [Android](https://dictionary.telemetry.mozilla.org/apps/fenix), or [iOS](https://dictionary.telemetry.mozilla.org/apps/firefox_ios).\n");

        Assert.Equal("Read the telemetry documentation for Desktop, Android, or {~iOS~}.", Redlines.Marked(diff));
        var relinked = diff.Changes[0].Cells[0].Single(s => s.Kind == SegmentKind.Reformatted);
        Assert.Equal([new LinkChange("https://github.com/mozilla-mobile/firefox-ios/wiki/Telemetry", "https://dictionary.telemetry.mozilla.org/apps/firefox_ios")], relinked.Formatting);
    }

    [Fact]
    public void Words_that_became_a_link_or_stopped_being_one_say_so()
    {
        var added = Redlines.Of("Read our notice.\n", "Read [our notice](https://example.com/notice).\n");
        var removed = Redlines.Of("Read [our notice](https://example.com/notice).\n", "Read our notice.\n");

        Assert.Equal("Read {~our notice~}.", Redlines.Marked(added));
        Assert.Equal(new LinkChange(null, "https://example.com/notice"), added.Changes[0].Cells[0][1].Formatting.Single());
        Assert.Equal(new LinkChange("https://example.com/notice", null), removed.Changes[0].Cells[0][1].Formatting.Single());
    }

    [Fact]
    public void A_heading_one_level_up_is_marked_on_the_heading_and_the_words_changed_beside_it_as_words()
    {
        // "Replace current Firefox Privacy Notice with Dec 17 version" (mozilla/legal-docs, December 2025).
        var diff = Redlines.Of(
            "### Changes\n\nWe may need to change this policy and our notices. If the changes are substantive, we will also announce the update more prominently through Mozilla's usual channels for such announcements.\n",
            "## Changes\n\nWe may need to change this policy and our notices. If the changes are substantive, we will also announce the update more prominently through Mozilla’s usual channels for such announcements.\n");

        Assert.Equal(2, diff.Changes.Count);
        var heading = diff.Changes[0];
        Assert.Equal((ChangeKind.Modified, BlockKind.Heading), (heading.Kind, heading.Block.Kind));
        Assert.Equal([new LevelChange(BlockKind.Heading, 3, 2)], heading.Formatting);
        Assert.All(heading.Cells[0], s => Assert.Equal(SegmentKind.Unchanged, s.Kind));
        Assert.Contains("through [-Mozilla's-] {+Mozilla’s+} usual", Redlines.Marked(diff.Changes[1]));
        Assert.Equal(1, diff.Statistics.Changes);
        Assert.Equal(1, diff.Statistics.FormattingChanges);
    }

    [Fact]
    public void Bullets_that_became_numbers_are_one_change_marked_on_every_item()
    {
        var diff = Redlines.Of("Your rights:\n\n- access\n- erasure\n- portability\n", "Your rights:\n\n1. access\n2. erasure\n3. portability\n");

        Assert.Equal(3, diff.Changes.Count);
        Assert.All(diff.Changes, c => Assert.Equal([new ListNumberingChange("•", "1.")], c.Formatting));
        Assert.Equal(1, diff.Statistics.Changes);
    }

    [Fact]
    public void A_list_numbered_from_another_number_is_a_change_but_an_item_inserted_before_the_rest_is_not_a_renumbering()
    {
        var restarted = Redlines.Of("1. access\n2. erasure\n", "3. access\n4. erasure\n");
        var inserted = Redlines.Of("1. access\n2. erasure\n", "1. objection\n2. access\n3. erasure\n");

        Assert.All(restarted.Changes, c => Assert.Equal([new ListNumberingChange("1.", "3.")], c.Formatting));
        Assert.Equal("{+objection+}", Redlines.Marked(inserted));
        Assert.Equal(0, inserted.Statistics.FormattingChanges);
    }

    [Fact]
    public void A_list_item_indented_a_level_deeper_says_so()
    {
        var diff = Redlines.Of("- data\n- logs\n", "- data\n  - logs\n");

        Assert.Equal([new LevelChange(BlockKind.ListItem, 1, 2)], Assert.Single(diff.Changes).Formatting);
    }

    [Fact]
    public void Bold_taken_off_a_phrase_is_marked_on_that_phrase()
    {
        var diff = Redlines.Of("**Sites you visit**: Firefox sends Mozilla which suggestions you click.\n", "Sites you visit: Firefox sends Mozilla which suggestions you click.\n");

        Assert.Equal("{~Sites you visit~}: Firefox sends Mozilla which suggestions you click.", Redlines.Marked(diff));
        Assert.Equal([new EmphasisChange(InlineStyle.Strong, Added: false)], diff.Changes[0].Cells[0][0].Formatting);
    }

    [Fact]
    public void Italics_and_code_put_on_words_are_each_named()
    {
        var diff = Redlines.Of("Call the telemetry API here.\n", "Call the *telemetry* `API` here.\n");

        var marks = diff.Changes[0].Cells[0].Where(s => s.Kind == SegmentKind.Reformatted).Select(s => (Redlines.Text(s.Tokens), s.Formatting.Single())).ToList();
        Assert.Equal([("telemetry", new EmphasisChange(InlineStyle.Emphasis, true)), ("API", new EmphasisChange(InlineStyle.Code, true))], marks);
    }

    [Fact]
    public void A_missing_space_put_in_before_a_link_is_marked_as_a_space_added()
    {
        // "Add missing space before link" (mozilla/legal-docs, March 2023).
        var diff = Redlines.Of(
            "Firefox sends basic information about unrecognized downloads, including the URL it was downloaded from.[Learn more](https://support.mozilla.org/kb/how-does-phishing-and-malware-protection-work)\n",
            "Firefox sends basic information about unrecognized downloads, including the URL it was downloaded from. [Learn more](https://support.mozilla.org/kb/how-does-phishing-and-malware-protection-work)\n");

        var segment = diff.Changes[0].Cells[0].Single(s => s.Kind == SegmentKind.Reformatted);
        Assert.Equal("Learn", Redlines.Text(segment.Tokens));
        Assert.Equal([new SpacingChange("", " ")], segment.Formatting);
    }

    [Theory]
    // "Remove double spaces before links (en, ru)" (mozilla/legal-docs, February 2025).
    [InlineData("You can read more information about  [How to use Firefox Review Checker](https://support.mozilla.org/kb/review-checker-review-quality).\n",
        "You can read more information about [How to use Firefox Review Checker](https://support.mozilla.org/kb/review-checker-review-quality).\n")]
    // "Restore extra spaces in Firefox PN" (mozilla/legal-docs, July 2023): a trailing space.
    [InlineData("Mozilla generally receives royalties when you use one of the default search options.\n",
        "Mozilla generally receives royalties when you use one of the default search options. \n")]
    // "Firefox PN: typo in title": a space before an attribute list.
    [InlineData("### Firefox Suggest and Top Pick{: #searches }\n", "### Firefox Suggest and Top Pick {: #searches }\n")]
    public void Spacing_a_browser_folds_away_is_no_change_at_all(string old, string @new)
    {
        var diff = Redlines.Of(old, @new);

        Assert.False(diff.Statistics.HasChanges);
        Assert.All(diff.Blocks, b => Assert.Equal(ChangeKind.Unchanged, b.Kind));
    }

    [Fact]
    public void In_code_every_space_shows()
    {
        var diff = Redlines.Of("```\nretention:\n  days: 30\n```\n", "```\nretention:\n    days: 30\n```\n");

        var segment = diff.Changes[0].Cells[0].Single(s => s.Kind == SegmentKind.Reformatted);
        Assert.Equal([new SpacingChange("\n  ", "\n    ")], segment.Formatting);
    }

    [Fact]
    public void A_table_row_made_the_header_row_says_so()
    {
        var diff = Redlines.Of("<table><tr><td>Data</td><td>Period</td></tr><tr><td>Logs</td><td>30 days</td></tr></table>\n",
            "<table><thead><tr><th>Data</th><th>Period</th></tr></thead><tr><td>Logs</td><td>30 days</td></tr></table>\n");

        Assert.Equal([new LevelChange(BlockKind.TableRow, 0, 1)], Assert.Single(diff.Changes).Formatting);
    }

    [Fact]
    public void A_changed_link_and_a_changed_word_in_one_sentence_are_a_mark_and_a_word_change()
    {
        var diff = Redlines.Of("See [the form](https://a.example/) within 30 days.\n", "See [the form](https://b.example/) within 14 days.\n");

        Assert.Equal("See {~the form~} within [-30-] {+14+} days.", Redlines.Marked(diff));
        Assert.Equal((1, 1, 1), (diff.Statistics.WordsInserted, diff.Statistics.WordsDeleted, diff.Statistics.FormattingChanges));
    }

    [Fact]
    public void Every_modified_block_has_something_marked()
    {
        var diff = Redlines.Of(
            "## Scope\n\nWe use [cookies](https://a.example/).\n\n- **access**\n- erasure\n\nFrom.[More](https://m.example/)\n",
            "### Scope\n\nWe use [cookies](https://b.example/).\n\n1. access\n2. erasure\n\nFrom. [More](https://m.example/)\n");

        Assert.All(diff.Changes.Where(c => c.Kind == ChangeKind.Modified), c =>
            Assert.True(c.Formatting.Count > 0 || c.Cells.Any(cell => cell.Any(s => s.Kind != SegmentKind.Unchanged)), $"nothing marked in: {c.Block.PlainText}"));
        Assert.Single(diff.Hunks);
    }
}
