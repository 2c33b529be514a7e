using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

using static LegalGen.Tests.Support.ContentLoad;

namespace LegalGen.Tests.Content;

/// <summary>
/// <c>translation_of:</c> — the binding version a translation was made from — is read, checked (only on translations,
/// never after the file's own date, only a version the policy has) and, where a translation is its previous
/// version's word for word while the binding text changed, found without it, with a warning.
/// </summary>
public class TranslationOfTests
{
    private const string SiteYml = """
        title: Documents
        default_language: en
        languages: [en, de, ja]
        """;

    /// <summary>Two binding versions whose texts differ, each with a German translation.</summary>
    private static TestSite TwoVersions(string secondGermanFrontMatter, string secondGermanBody = "## Dienste\n\nWir bieten Dienste an.\n") => new TestSite(SiteYml)
        .Version("privacy/2025-12-17.en.md", "title: Privacy", "## Services\n\nWe provide services.\n")
        .Version("privacy/2025-12-17.de.md", "title: Datenschutz", "## Dienste\n\nWir bieten Dienste an.\n")
        .Version("privacy/2026-05-04.en.md", "title: Privacy\nsummary: Refunds.", "## Services\n\nWe provide services and refunds.\n")
        .Version("privacy/2026-05-04.de.md", secondGermanFrontMatter, secondGermanBody);

    [Fact]
    public void A_declared_older_version_is_carried_on_the_translation_and_the_binding_text_translates_its_own()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: 2025-12-17");

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        var second = loaded!.Policies[0].Versions[1];
        Assert.Equal(new DateOnly(2025, 12, 17), second.In("de")!.TranslationOf);
        Assert.Equal(new DateOnly(2025, 12, 17), second.BasisOf("de"));
        Assert.Null(second.Source.TranslationOf);
        Assert.Equal(new DateOnly(2026, 5, 4), second.BasisOf("en"));
        Assert.Equal(new DateOnly(2026, 5, 4), second.BasisOf("ja"));
    }

    [Fact]
    public void A_translation_that_names_its_own_date_translates_its_own_version()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: \"2026-05-04\"", "## Dienste\n\nWir bieten Dienste und Erstattungen an.\n");

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Null(loaded!.Policies[0].Versions[1].In("de")!.TranslationOf);
    }

    [Fact]
    public void Translation_of_on_the_binding_text_is_an_error_at_its_date()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.", "## Dienste\n\nWir bieten Dienste und Erstattungen an.\n")
            .Version("privacy/2026-05-04.en.md", "title: Privacy\nsummary: Refunds.\ntranslation_of: 2025-12-17", "## Services\n\nWe provide services and refunds.\n");

        var (loaded, diagnostics) = Load(site);

        Assert.Null(loaded);
        var error = Only(diagnostics, DiagnosticCodes.TranslationOfOnBindingText);
        Assert.True(error.IsError);
        Assert.Equal(new SourceLocation("privacy/2026-05-04.en.md", 4, 17), error.Location);
        Assert.Contains("binding text ('en')", error.Message);
    }

    [Fact]
    public void Translation_of_a_later_date_is_an_error_at_its_date()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.", "## Dienste\n\nWir bieten Dienste und Erstattungen an.\n")
            .Version("privacy/2025-12-17.de.md", "title: Datenschutz\ntranslation_of: 2026-05-04", "## Dienste\n\nWir bieten Dienste an.\n");

        var (loaded, diagnostics) = Load(site);

        Assert.Null(loaded);
        var error = Only(diagnostics, DiagnosticCodes.TranslationOfAfterVersion);
        Assert.Equal(new SourceLocation("privacy/2025-12-17.de.md", 3, 17), error.Location);
        Assert.Contains("'translation_of: 2026-05-04' is after this version's own date (2025-12-17)", error.Message);
        Assert.Contains("2025-12-17 or earlier", error.Hint);
    }

    [Fact]
    public void Translation_of_a_date_that_is_no_version_is_an_error_that_suggests_the_nearest_earlier_one()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: 2026-01-31");

        var (loaded, diagnostics) = Load(site);

        Assert.Null(loaded);
        var error = Only(diagnostics, DiagnosticCodes.TranslationOfUnknownVersion);
        Assert.Equal(new SourceLocation("privacy/2026-05-04.de.md", 4, 17), error.Location);
        Assert.Contains("there is no privacy/2026-01-31.en.md", error.Message);
        Assert.Contains("'translation_of: 2025-12-17'", error.Hint);
    }

    [Fact]
    public void Translation_of_a_date_before_the_first_version_names_the_first_version()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: 2020-01-01");

        var error = Only(Load(site).Diagnostics, DiagnosticCodes.TranslationOfUnknownVersion);

        Assert.Equal(new SourceLocation("privacy/2026-05-04.de.md", 4, 17), error.Location);
        Assert.Contains("first version is 2025-12-17", error.Hint);
    }

    [Fact]
    public void Translation_of_a_draft_left_out_of_the_build_says_it_is_a_draft()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: 2026-02-01")
            .Version("privacy/2026-02-01.en.md", "title: Privacy\nsummary: Draft.\ndraft: true", "## Services\n\nDraft.\n");

        var error = Only(Load(site).Diagnostics, DiagnosticCodes.TranslationOfUnknownVersion);

        Assert.Contains("names a draft (privacy/2026-02-01.en.md)", error.Message);
        Assert.DoesNotContain(Load(site, drafts: true).Diagnostics, d => d.Code == DiagnosticCodes.TranslationOfUnknownVersion);
    }

    [Theory]
    [InlineData("translation_of: soon", "not 'soon'")]
    [InlineData("translation_of: 2026-02-30", "not '2026-02-30'")]
    [InlineData("translation_of: [2025-12-17]", "not a list")]
    public void Translation_of_that_is_not_a_date_is_a_wrong_type_at_its_value(string line, string said)
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\n" + line);

        var (loaded, diagnostics) = Load(site);

        Assert.Null(loaded);
        var error = Only(diagnostics, DiagnosticCodes.WrongType);
        Assert.Equal(new SourceLocation("privacy/2026-05-04.de.md", 4, 17), error.Location);
        Assert.Contains("must be a date written YYYY-MM-DD", error.Message);
        Assert.Contains(said, error.Message);
    }

    [Fact]
    public void A_translation_that_reads_as_its_previous_version_while_the_binding_text_changed_is_a_warning_naming_both_files()
    {
        // Saved again with CRLF line endings, trailing spaces and an extra empty line: the wording is the same.
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.")
            .Write("privacy/2026-05-04.de.md", "---\r\ntitle: Datenschutz\r\nsummary: Erstattungen.\r\n---\r\n\r\n## Dienste  \r\n\r\n\r\nWir bieten Dienste an.\r\n");

        var (loaded, diagnostics) = Load(site);

        var warning = Only(diagnostics, DiagnosticCodes.TranslationUnchanged);
        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation("privacy/2026-05-04.de.md", 6, 1), warning.Location);
        Assert.Contains("privacy/2025-12-17.de.md", warning.Message);
        Assert.Contains("privacy/2025-12-17.en.md → privacy/2026-05-04.en.md", warning.Message);
        Assert.Contains("'translation_of: 2025-12-17'", warning.Hint);
        Assert.Equal(new DateOnly(2025, 12, 17), loaded!.Policies[0].Versions[1].In("de")!.TranslationOf);
    }

    [Fact]
    public void A_translation_that_changed_a_word_is_taken_as_up_to_date()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.", "## Dienste\n\nWir bieten Dienste und Erstattungen an.\n");

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Null(loaded!.Policies[0].Versions[1].In("de")!.TranslationOf);
    }

    [Fact]
    public void An_unchanged_translation_of_an_unchanged_binding_text_is_no_warning()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Nur die Zusammenfassung.")
            .Version("privacy/2026-05-04.en.md", "title: Privacy\nsummary: Only the front matter changed.", "## Services\n\nWe provide services.\n");

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Null(loaded!.Policies[0].Versions[1].In("de")!.TranslationOf);
    }

    [Fact]
    public void An_unchanged_translation_keeps_the_version_its_previous_one_translated_across_versions_without_it()
    {
        using var site = TwoVersions("title: Datenschutz\nsummary: Erstattungen.\ntranslation_of: 2025-12-17", "## Dienste\n\nWir bieten Dienste an (korrigiert).\n")
            .Version("privacy/2026-09-01.en.md", "title: Privacy\nsummary: More.", "## Services\n\nWe provide more services and refunds.\n")
            .Version("privacy/2027-01-01.en.md", "title: Privacy\nsummary: Even more.", "## Services\n\nWe provide even more services and refunds.\n")
            .Version("privacy/2027-01-01.de.md", "title: Datenschutz\nsummary: Noch mehr.", "## Dienste\n\nWir bieten Dienste an (korrigiert).\n");

        var (loaded, diagnostics) = Load(site);

        var warning = Only(diagnostics, DiagnosticCodes.TranslationUnchanged);
        Assert.Equal("privacy/2027-01-01.de.md", warning.Location.File);
        Assert.Contains("privacy/2026-05-04.de.md", warning.Message);
        Assert.Contains("privacy/2025-12-17.en.md → privacy/2027-01-01.en.md", warning.Message);
        Assert.Equal(new DateOnly(2025, 12, 17), loaded!.Policies[0].Versions[3].In("de")!.TranslationOf);
    }
}
