using LegalGen.Diagnostics;
using LegalGen.Scaffolding;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Scaffolding;

public class VersionScaffolderTests
{
    private static readonly DateOnly Today = new(2026, 1, 10);

    private static TestSite PrivacyInTwoLanguages() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy bezterminowo.\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs\n\nWe keep logs indefinitely.\n")
        .Version("privacy/2025-01-01.pl.md", "title: \"Polityka prywatności\"  # quoted on purpose\nsummary: Krótsze logi.\nchanges:\n  - Logi przez 12 miesięcy.\neditorial: false\ndraft: false\neffective: 2025-01-01\npublished: 2024-12-01", "## Logi\n\nLogi przechowujemy 12 miesięcy.\n");

    private static ScaffoldResult New(TestSite site, string policy, string? date) =>
        VersionScaffolder.Create(site.ContentDirectory, policy, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today);

    private static string Read(TestSite site, string path) => File.ReadAllText(Path.Combine(site.ContentDirectory, path));

    [Fact]
    public void The_next_version_copies_the_latest_text_and_title_as_written_and_leaves_the_summary_and_changes_to_write()
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, "privacy", "2026-03-01");

        Assert.Equal(Outcome.Succeeded, OutcomeOf.Of(result));
        Assert.Equal(
            """
            ---
            title: "Polityka prywatności"  # quoted on purpose
            summary:   # required: one line saying what changes in this version
            changes:   # optional: the change log's bullet points, each on its own line starting with '  - '
            ---
            ## Logi

            Logi przechowujemy 12 miesięcy.

            """.Replace("\r\n", "\n"),
            Read(site, "privacy/2026-03-01.pl.md"));
    }

    [Fact]
    public void Every_language_that_has_the_policy_gets_a_copy_of_its_own_latest_text_even_when_it_lags_behind()
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, "privacy", "2026-03-01");

        Assert.Equal(
            [
                new ScaffoldedFile("privacy/2026-03-01.pl.md", "pl", "privacy/2025-01-01.pl.md", new DateOnly(2025, 1, 1)),
                new ScaffoldedFile("privacy/2026-03-01.en.md", "en", "privacy/2024-01-01.en.md", new DateOnly(2024, 1, 1)),
            ],
            result.Files);
        Assert.Contains("We keep logs indefinitely.", Read(site, "privacy/2026-03-01.en.md"));
    }

    [Fact]
    public void The_new_version_fails_the_build_until_the_editor_writes_its_summary()
    {
        using var site = PrivacyInTwoLanguages();
        New(site, "privacy", "2026-03-01");

        var before = site.Check();
        foreach (var file in new[] { "privacy/2026-03-01.pl.md", "privacy/2026-03-01.en.md" })
            site.Write(file, Read(site, file).Replace("summary:   # required", "summary: Logs kept 6 months. # required"));
        var after = site.Check();

        Assert.Equal(
            [new SourceLocation("privacy/2026-03-01.en.md", 3, 1), new SourceLocation("privacy/2026-03-01.pl.md", 3, 1)],
            before.Diagnostics.Where(d => d.Code == DiagnosticCodes.EmptyValue).Select(d => d.Location));
        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(before));
        Assert.True(after.Succeeded, string.Join("\n", after.Diagnostics));
    }

    [Fact]
    public void Translation_of_is_not_copied_and_the_unchanged_copy_is_recognised_as_a_translation_of_the_older_version()
    {
        using var site = PrivacyInTwoLanguages()
            .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter logs.\ntranslation_of: 2024-01-01", "## Logs\n\nWe keep logs indefinitely (corrected).\n");

        New(site, "privacy", "2026-03-01");
        foreach (var file in new[] { "privacy/2026-03-01.pl.md", "privacy/2026-03-01.en.md" })
            site.Write(file, Read(site, file).Replace("summary:   # required", "summary: Logs kept 6 months. # required"));
        site.Write("privacy/2026-03-01.pl.md", Read(site, "privacy/2026-03-01.pl.md").Replace("12 miesięcy", "6 miesięcy"));
        var check = site.Check();

        Assert.DoesNotContain("translation_of", Read(site, "privacy/2026-03-01.en.md"));
        Assert.True(check.Succeeded, string.Join("\n", check.Diagnostics));
        var found = Assert.Single(check.Diagnostics, d => d.Code == DiagnosticCodes.TranslationUnchanged);
        Assert.Equal("privacy/2026-03-01.en.md", found.Location.File);
        Assert.Contains("'translation_of: 2024-01-01'", found.Hint);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2024-06-01")]
    public void A_date_that_is_not_after_the_latest_version_is_refused_with_a_located_error_and_nothing_written(string date)
    {
        using var site = PrivacyInTwoLanguages();
        var before = Directory.GetFiles(site.ContentDirectory, "*", SearchOption.AllDirectories).Length;

        var result = New(site, "privacy", date);

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.VersionNotAfterLatest, d.Code);
        Assert.Equal(SourceLocation.StartOf("privacy/2025-01-01.pl.md"), d.Location);
        Assert.Contains("2025-01-01", d.Message);
        Assert.Equal(before, Directory.GetFiles(site.ContentDirectory, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_latest_version_with_a_mistake_is_not_copied_and_nothing_is_written()
    {
        using var site = PrivacyInTwoLanguages().Version("privacy/2024-01-01.en.md", "title: Policy\ndraft: maybe");

        var result = New(site, "privacy", "2026-03-01");

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(result.Diagnostics).Code);
        Assert.False(File.Exists(Path.Combine(site.ContentDirectory, "privacy/2026-03-01.pl.md")));
    }

    [Fact]
    public void A_file_with_windows_line_endings_is_copied_with_them()
    {
        using var site = new TestSite().Write("terms/2024-01-01.pl.md", "---\r\ntitle: Regulamin\r\n---\r\nTekst.\r\n");

        New(site, "terms", "2025-01-01");

        Assert.Equal(
            "---\r\ntitle: Regulamin\r\nsummary:   # required: one line saying what changes in this version\r\n"
            + "changes:   # optional: the change log's bullet points, each on its own line starting with '  - '\r\n---\r\nTekst.\r\n",
            Read(site, "terms/2025-01-01.pl.md"));
    }

    [Fact]
    public void A_new_policy_gets_its_first_version_in_the_binding_language_dated_today_by_default()
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, "cookies", null);

        Assert.True(result.IsNewPolicy);
        Assert.Equal([new ScaffoldedFile("cookies/2026-01-10.pl.md", "pl", null, null)], result.Files);
        var d = TestSite.Single(site.Check(), DiagnosticCodes.EmptyValue);
        Assert.Equal(new SourceLocation("cookies/2026-01-10.pl.md", 2, 1), d.Location);
        Assert.Contains("'title'", d.Message);
    }

    [Fact]
    public void A_new_policy_takes_the_given_date()
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, "cookies", "2026-02-01");

        Assert.Equal("cookies/2026-02-01.pl.md", Assert.Single(result.Files).Path);
    }

    [Theory]
    [InlineData("Cookie Policy", "cookie-policy")]
    [InlineData("cookies--x", "cookies-x")]
    [InlineData("../evil", "evil")]
    public void A_policy_name_that_is_not_a_slug_is_a_usage_error_with_a_suggestion(string name, string suggestion)
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, name, "2026-03-01");

        Assert.Equal(Outcome.UsageError, OutcomeOf.Of(result));
        Assert.Equal(suggestion, result.UsageError!.Example);
    }

    [Fact]
    public void The_next_version_of_an_existing_policy_needs_its_date()
    {
        using var site = PrivacyInTwoLanguages();

        var result = New(site, "privacy", null);

        Assert.Equal(Outcome.UsageError, OutcomeOf.Of(result));
        Assert.Contains("2025-01-01", result.UsageError!.Message);
        Assert.Equal([LegalGen.Diagnostics.UsageInput.VersionDate], result.UsageError.Inputs);
    }

    [Fact]
    public void A_missing_content_folder_is_a_located_content_error()
    {
        var result = VersionScaffolder.Create(Path.Combine(Path.GetTempPath(), "legalgen-tests", "no-such-folder"), "privacy", null, Today);

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.Equal(DiagnosticCodes.ContentFolderMissing, Assert.Single(result.Diagnostics).Code);
    }
}
