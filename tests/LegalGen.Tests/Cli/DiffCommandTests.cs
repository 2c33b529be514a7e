using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class DiffCommandTests
{
    private static TestSite Privacy() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przez 12 miesięcy.\n\nKontakt: iod@example.com.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Krócej.", "## Logi\n\nLogi przez 6 miesięcy.\n\nKontakt: iod@example.com.\n\nNowy akapit.\n");

    [Fact]
    public void Diff_prints_the_redline_with_word_diff_marks_and_a_summary_when_colour_is_off()
    {
        using var site = Privacy();

        var (code, stdout, stderr) = CliRunner.Run("diff", "privacy", "2024-01-01", "2025-01-01", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Equal(
            """
            privacy: 2024-01-01 → 2025-01-01 (pl)

            ## Logi

            Logi przez [-12-]{+6+} miesięcy.

            Kontakt: iod@example.com.

            {+Nowy akapit.+}

            2 blocks changed (1 modified, 1 inserted, 0 deleted, 0 moved): 3 words inserted, 1 word deleted.

            """.Replace("\r\n", "\n"),
            stdout);
    }

    [Fact]
    public void On_a_colour_terminal_deletions_are_struck_red_and_insertions_underlined_green_without_marks()
    {
        using var site = Privacy();

        var (code, stdout, _) = CliRunner.RunColoured("diff", "privacy", "2024-01-01", "2025-01-01", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.DoesNotContain("[-", stdout);
        Assert.DoesNotContain("{+", stdout);
        Assert.Matches("\u001b\\[[0-9;]*9[;m][^\u001b]*12", stdout);
        Assert.Matches("\u001b\\[[0-9;]*4[;m][^\u001b]*6", stdout);
    }

    [Fact]
    public void A_missing_translation_is_said_and_the_binding_texts_are_compared()
    {
        using var site = Privacy();

        var (code, stdout, _) = CliRunner.Run("diff", "privacy", "2024-01-01", "2025-01-01", "--lang", "en", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Contains("Not both versions are translated into 'en': comparing the binding 'pl' texts.", stdout);
    }

    [Fact]
    public void An_unknown_version_exits_2_listing_the_versions()
    {
        using var site = Privacy();

        var (code, stdout, stderr) = CliRunner.Run("diff", "privacy", "2024-01-01", "2026-01-01", "--content", site.ContentDirectory);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal("error: there is no version 2026-01-01; the versions of 'privacy' are: 2024-01-01, 2025-01-01 (<to>)\n", stderr);
    }

    [Fact]
    public void An_unreadable_text_exits_1_with_a_located_error()
    {
        using var site = Privacy().Write("privacy/2025-01-01.pl.md", "---\ntitle: never closed\n");

        var (code, _, stderr) = CliRunner.Run("diff", "privacy", "2024-01-01", "2025-01-01", "--content", site.ContentDirectory);

        Assert.Equal(1, code);
        Assert.StartsWith("privacy/2025-01-01.pl.md:1:1: error LG007", stderr);
    }

    [Fact]
    public void Missing_arguments_are_a_usage_error()
    {
        var (code, _, stderr) = CliRunner.Run("diff", "privacy", "2024-01-01");

        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }

    [Fact]
    public void The_diff_can_be_printed_as_JSON_for_programs()
    {
        using var site = Privacy();

        var (code, stdout, _) = CliRunner.Run("diff", "privacy", "2024-01-01", "2025-01-01", "--format", "json", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("schema").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("statistics").GetProperty("wordsDeleted").GetInt32());
    }

    [Fact]
    public void A_translation_left_as_it_was_while_the_binding_text_changed_is_said_never_that_nothing_changed()
    {
        using var site = Privacy()
            .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs\n\nLogs for 12 months.\n")
            .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter.", "## Logs\n\nLogs for 12 months.\n");

        var (code, stdout, _) = CliRunner.Run("diff", "privacy", "2024-01-01", "2025-01-01", "--lang", "en", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Contains("The 'en' translation was not updated for 2025-01-01, although the binding text changed; compare the binding texts: legalgen diff privacy 2024-01-01 2025-01-01", stdout);
        Assert.Contains("No changes in the 'en' translation; the binding text changed.", stdout);
        Assert.DoesNotContain("No changes in the text.", stdout);
    }

    [Fact]
    public void A_translation_of_an_older_version_is_said_above_its_redline()
    {
        using var site = Privacy()
            .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs\n\nLogs for 12 months.\n")
            .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter.", "## Logs\n\nLogs for 6 months.\n")
            .Version("privacy/2026-01-01.pl.md", "title: Polityka\nsummary: Jeszcze krócej.", "## Logi\n\nLogi przez 3 miesiące.\n")
            .Version("privacy/2026-01-01.en.md", "title: Policy\nsummary: Typo.\ntranslation_of: 2025-01-01", "## Logs\n\nLogs for six months.\n");

        var (code, stdout, _) = CliRunner.Run("diff", "privacy", "2024-01-01", "2026-01-01", "--lang", "en", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Contains("The 'en' text of 2026-01-01 translates the binding version of 2025-01-01, whose text differs; compare the binding texts: legalgen diff privacy 2024-01-01 2026-01-01", stdout);
        Assert.DoesNotContain("not updated", stdout);
        Assert.Contains("{+six+}", stdout);
    }
}
