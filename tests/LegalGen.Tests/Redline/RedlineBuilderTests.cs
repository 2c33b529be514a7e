using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class RedlineBuilderTests
{
    [Fact]
    public void Changing_a_number_marks_only_the_number()
    {
        var diff = Redlines.Of("Dane przechowujemy przez 30 dni od zakończenia umowy.\n", "Dane przechowujemy przez 14 dni od zakończenia umowy.\n");

        Assert.Equal("Dane przechowujemy przez [-30-] {+14+} dni od zakończenia umowy.", Redlines.Marked(diff));
        Assert.Equal(new RedlineStatistics(WordsInserted: 1, WordsDeleted: 1, BlocksInserted: 0, BlocksDeleted: 0, BlocksModified: 1, BlocksMoved: 0, Changes: 1), diff.Statistics);
    }

    [Fact]
    public void An_inserted_list_item_is_one_inserted_block()
    {
        var diff = Redlines.Of("- dostęp,\n- sprostowanie,\n- usunięcie.\n", "- dostęp,\n- sprostowanie,\n- przenoszenie,\n- usunięcie.\n");

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Inserted, change.Kind);
        Assert.Equal("{+przenoszenie,+}", Redlines.Marked(change));
        Assert.Equal(4, diff.Blocks.Count);
    }

    [Fact]
    public void Inserting_an_item_into_a_numbered_list_does_not_renumber_the_rest_into_changes()
    {
        var diff = Redlines.Of("1. one\n2. two\n3. three\n", "1. one\n2. inserted\n3. two\n4. three\n");

        Assert.Equal("{+inserted+}", Redlines.Marked(diff));
    }

    [Fact]
    public void A_section_inserted_before_a_numbered_heading_renumbers_that_heading_rather_than_retitling_it()
    {
        var diff = Redlines.Of(
            "## 2. Payment\n\nYou pay monthly.\n\n## 3. Services Usage Limits\n\nUp to 100 requests a minute.\n",
            "## 2. Payment\n\nYou pay monthly.\n\n## 3. Refunds\n\nWe refund within 14 days.\n\n## 4. Services Usage Limits\n\nUp to 100 requests a minute.\n");

        Assert.Equal("{+3. Refunds+}\n{+We refund within 14 days.+}\n[-3-]{+4+}. Services Usage Limits", Redlines.Marked(diff));
    }

    [Fact]
    public void An_inserted_paragraph_is_one_inserted_block_and_the_rest_stays_unchanged()
    {
        var diff = Redlines.Of("## A\n\nOne.\n\nTwo.\n", "## A\n\nOne.\n\nNew paragraph here.\n\nTwo.\n");

        Assert.Equal("{+New paragraph here.+}", Redlines.Marked(diff));
        Assert.Equal(3, diff.Blocks.Count(b => b.Kind == ChangeKind.Unchanged));
    }

    [Fact]
    public void A_rewrapped_paragraph_with_trailing_spaces_and_CRLF_is_no_textual_change()
    {
        var diff = Redlines.Of(
            "Zebrane logi przechowywane są przez czas nieokreślony\njako materiał pomocniczy.\n",
            "Zebrane logi przechowywane   są przez czas  \r\nnieokreślony jako materiał\r\npomocniczy.   \r\n");

        Assert.False(diff.Statistics.HasChanges);
    }

    [Fact]
    public void Decomposed_and_composed_unicode_are_no_textual_change()
    {
        var composed = "Zażółć gęślą jaźń.\n";
        var decomposed = LegalGen.Text.CanonicalNormalization.ToNfd(composed);
        Assert.NotEqual(composed, decomposed);

        Assert.False(Redlines.Of(composed, decomposed).Statistics.HasChanges);
    }

    [Fact]
    public void A_mostly_rewritten_paragraph_is_one_deleted_and_one_inserted_block()
    {
        var diff = Redlines.Of(
            "Logi są przechowywane bezterminowo przez administratora.\n",
            "Każdy użytkownik może zażądać kopii swoich danych w formacie elektronicznym.\n");

        Assert.Equal([ChangeKind.Deleted, ChangeKind.Inserted], diff.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Inserting_a_phrase_into_a_Japanese_sentence_marks_only_that_phrase()
    {
        var diff = Redlines.Of("当社は個人情報を保護します。\n", "当社は大切な個人情報を保護します。\n");

        Assert.Equal("当社は{+大切な+}個人情報を保護します。", Redlines.Marked(diff).Replace(" ", ""));
    }

    [Fact]
    public void A_changed_link_target_is_a_change_even_when_the_text_is_the_same()
    {
        var diff = Redlines.Of("See [the form](https://a.example/).\n", "See [the form](https://b.example/).\n");

        Assert.True(diff.Statistics.HasChanges);
    }

    [Fact]
    public void Table_rows_are_compared_cell_by_cell()
    {
        var diff = Redlines.Of(
            "| Dane | Okres |\n|---|---|\n| Logi | 30 dni |\n| Faktury | 5 lat |\n",
            "| Dane | Okres |\n|---|---|\n| Logi | 14 dni |\n| Faktury | 5 lat |\n");

        Assert.Equal("Logi | [-30-]{+14+} dni", Redlines.Marked(diff));
    }

    [Fact]
    public void A_document_compared_with_itself_has_no_changes()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.SampleContent, "privacy", "2025-02-01.pl.md"));

        var diff = Redlines.Of(text, text);

        Assert.False(diff.Statistics.HasChanges);
        Assert.Empty(diff.Changes);
    }

    [Fact]
    public void A_heading_retitled_with_a_word_before_its_capitalised_first_word_is_one_changed_heading_listed_once()
    {
        // Firefox Privacy Notice, December 2025 → May 2026: "Improve security" became "To improve security", as its
        // neighbours "Provide and improve …" became "To provide and improve …".
        var diff = Redlines.Of(
            "### Improve security\n\nWe use data to keep Firefox secure.\n\n### Provide and improve search\n\nSearch text.\n",
            "### To improve security\n\nWe use data to keep Firefox secure.\n\n### To provide and improve search\n\nSearch text.\n");

        Assert.Equal([ChangeKind.Modified, ChangeKind.Modified], diff.Changes.Select(c => c.Kind));
        Assert.Equal("[-Improve-]{+To improve+} security\n[-Provide-]{+To provide+} and improve search", Redlines.Marked(diff));
        Assert.Equal(["To improve security", "To provide and improve search"], diff.ChangedSections("Intro").Select(s => s.Title));
    }

    [Fact]
    public void Changed_sections_name_the_heading_of_each_change()
    {
        var diff = Redlines.Of("## Logi\n\nPrzez 30 dni.\n\n## Prawa\n\nDostęp.\n", "## Logi\n\nPrzez 14 dni.\n\n## Prawa\n\nDostęp.\n\nSprzeciw.\n");

        var sections = diff.ChangedSections("Intro");

        Assert.Equal([("Logi", 1, 1), ("Prawa", 2, 1)], sections.Select(s => (s.Title, s.FirstChange, s.Changes)));
        Assert.Equal(["logi", "prawa"], sections.Select(s => s.Anchor));
    }
}
