using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class RedlineTextWriterTests
{
    private static string Words(int from, int to, string prefix = "w") =>
        string.Join(' ', Enumerable.Range(from, to - from + 1).Select(i => prefix + i));

    [Fact]
    public void A_replaced_word_reads_as_git_word_diff()
    {
        var diff = Redlines.Of("Dane przechowujemy przez 30 dni.\n", "Dane przechowujemy przez 14 dni.\n");

        Assert.Equal("Dane przechowujemy przez [-30-]{+14+} dni.\n", RedlineTextWriter.Write(diff));
    }

    [Fact]
    public void Inserted_and_deleted_blocks_are_marked_whole_with_their_markdown_markers_outside()
    {
        var diff = Redlines.Of("## Prawa\n\n- dostęp,\n- usunięcie.\n\nStary akapit.\n", "## Prawa\n\n- dostęp,\n- przenoszenie,\n- usunięcie.\n");

        Assert.Equal(
            """
            ## Prawa

            • dostęp,
            • {+przenoszenie,+}
            • usunięcie.

            [-Stary akapit.-]

            """.Replace("\r\n", "\n"),
            RedlineTextWriter.Write(diff));
    }

    [Fact]
    public void Long_unchanged_stretches_keep_only_the_words_next_to_the_change()
    {
        var diff = Redlines.Of($"{Words(1, 30)} old {Words(31, 60)}.\n", $"{Words(1, 30)} new {Words(31, 60)}.\n");

        Assert.Equal(
            $"{Words(1, 8)} … {Words(23, 30)} [-old-]{{+new+}} {Words(31, 38)} … {Words(54, 60)}.\n",
            RedlineTextWriter.Write(diff));
    }

    [Fact]
    public void Unchanged_blocks_far_from_any_change_are_folded_into_a_count()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Akapit {i}."));
        var diff = Redlines.Of(paragraphs + "\n\nKoniec.\n", paragraphs + "\n\nKoniec teraz.\n");

        Assert.Equal("… 5 unchanged blocks …\n\nAkapit 6.\n\nKoniec {+teraz+}.\n", RedlineTextWriter.Write(diff));
    }

    [Fact]
    public void A_context_block_keeps_the_end_that_touches_the_change()
    {
        var diff = Redlines.Of($"{Words(1, 40)}\n\nStare.\n\n{Words(1, 40, "v")}\n", $"{Words(1, 40)}\n\nNowe.\n\n{Words(1, 40, "v")}\n");

        Assert.Equal($"… {Words(33, 40)}\n\n[-Stare-]{{+Nowe+}}.\n\n{Words(1, 8, "v")} …\n", RedlineTextWriter.Write(diff));
    }

    [Fact]
    public void Lines_give_the_same_text_as_typed_spans_for_a_terminal_to_colour()
    {
        var diff = Redlines.Of("## Logi\n\nLogi przez 12 miesięcy.\n", "## Logi\n\nLogi przez 6 miesięcy.\n");

        var lines = RedlineTextWriter.Lines(diff);

        Assert.Equal(
            [
                [new RedlineTextSpan("## ", RedlineTextKind.Marker), new RedlineTextSpan("Logi", RedlineTextKind.Unchanged)],
                [],
                [
                    new RedlineTextSpan("Logi przez ", RedlineTextKind.Unchanged), new RedlineTextSpan("12", RedlineTextKind.Deleted),
                    new RedlineTextSpan("6", RedlineTextKind.Inserted), new RedlineTextSpan(" miesięcy.", RedlineTextKind.Unchanged),
                ],
            ],
            lines);
    }

    [Theory]
    [InlineData("Bez zmian.\n", "Bez zmian.\n", "No changes in the text.")]
    [InlineData("Jeden dwa.\n", "Jeden trzy cztery.\n", "1 block changed (1 modified, 0 inserted, 0 deleted, 0 moved): 2 words inserted, 1 word deleted.")]
    public void The_summary_counts_the_changes(string old, string @new, string summary)
    {
        Assert.Equal(summary, RedlineTextWriter.Summary(Redlines.Of(old, @new).Statistics));
    }
}
