using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

using static LegalGen.Tests.Support.ContentLoad;

namespace LegalGen.Tests.Content;

public class ContentReaderTests
{
    [Fact]
    public void Loads_policies_versions_and_translations_into_the_model()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n")
            .Version("privacy/2023-03-01.en.md", "title: Policy", "## Scope\n\nText.\n")
            .Version("privacy/2024-01-15.pl.md", "title: Polityka\nsummary: Zmiana.\nchanges:\n  - Jedna\n  - Dwie\neditorial: true");

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        var policy = Assert.Single(loaded!.Policies);
        Assert.Equal("privacy", policy.Slug);
        Assert.Equal([new DateOnly(2023, 3, 1), new DateOnly(2024, 1, 15)], policy.Versions.Select(v => v.Date));
        var first = policy.Versions[0];
        Assert.Equal(["en", "pl"], first.Translations.Keys.Order());
        Assert.Equal("Policy", first.In("en")!.Title);
        Assert.Equal("## Scope\n\nText.\n", first.In("en")!.Body);
        Assert.Equal("privacy/2023-03-01.en.md", first.In("en")!.SourcePath);
        Assert.Equal(4, first.In("en")!.BodyStartLine);
        var second = policy.Versions[1];
        Assert.Equal("Zmiana.", second.Source.Summary);
        Assert.Equal(["Jedna", "Dwie"], second.Source.Changes);
        Assert.True(second.IsEditorial);
        Assert.Null(second.In("en"));
    }

    [Fact]
    public void Sha256_is_of_the_file_bytes_as_stored()
    {
        var text = "---\ntitle: Polityka\n---\nTekst.\n";
        using var site = new TestSite().Write("privacy/2023-03-01.pl.md", text);

        var (loaded, _) = Load(site);

        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected, loaded!.Policies[0].Versions[0].Source.Sha256);
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_endings_are_accepted()
    {
        using var site = new TestSite().WriteBytes("privacy/2023-03-01.pl.md",
            [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("---\r\ntitle: Polityka\r\n---\r\nTekst.\r\n")]);

        var (loaded, diagnostics) = Load(site);

        Assert.Empty(diagnostics);
        Assert.Equal("Polityka", loaded!.Policies[0].Versions[0].Source.Title);
        Assert.Equal("Tekst.\n", loaded.Policies[0].Versions[0].Source.Body);
    }

    [Fact]
    public void A_missing_title_is_located_on_the_front_matter()
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", "summary: x");

        var (loaded, diagnostics) = Load(site);

        Assert.Null(loaded);
        var d = Only(diagnostics, DiagnosticCodes.MissingKey);
        Assert.Equal(new SourceLocation("privacy/2023-03-01.pl.md", 2, 1), d.Location);
        Assert.Contains("title", d.Message);
    }

    [Fact]
    public void An_unknown_key_is_located_and_the_likely_key_suggested()
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", "title: Polityka\nsumary: Zmiana");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.UnknownKey);

        Assert.Equal(new SourceLocation("privacy/2023-03-01.pl.md", 3, 1), d.Location);
        Assert.Contains("sumary", d.Message);
        Assert.Contains("did you mean 'summary'?", d.Hint);
    }

    [Theory]
    [InlineData("title: Polityka\ndraft: maybe", 3, 8, "true or false")]
    [InlineData("title: Polityka\nchanges: just one", 3, 10, "must be a list")]
    [InlineData("title: [a, b]", 2, 8, "must be a text")]
    [InlineData("title: Polityka\nchanges:\n  - ok\n  - [nested]", 5, 5, "one-line text")]
    public void A_value_of_the_wrong_type_is_located_on_the_value(string frontMatter, int line, int column, string message)
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", frontMatter);

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.WrongType);

        Assert.Equal(new SourceLocation("privacy/2023-03-01.pl.md", line, column), d.Location);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Invalid_YAML_is_located_in_file_lines()
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", "title: Polityka\nsummary: \"unclosed");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.YamlSyntax);

        Assert.Equal("privacy/2023-03-01.pl.md", d.Location.File);
        Assert.InRange(d.Location.Line, 3, 4);
    }

    [Fact]
    public void A_key_given_twice_is_an_error()
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", "title: A\ntitle: B");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.DuplicateKey);

        Assert.Equal(3, d.Location.Line);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("Just text\n", "does not start with front matter")]
    public void A_file_without_front_matter_is_an_error_at_its_start(string text, string message)
    {
        using var site = new TestSite().Write("privacy/2023-03-01.pl.md", text);

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.FrontMatterMissing);

        Assert.Equal(new SourceLocation("privacy/2023-03-01.pl.md", 1, 1), d.Location);
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        using var site = new TestSite().Write("privacy/2023-03-01.pl.md", "---\ntitle: Polityka\n\nTekst.\n");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.FrontMatterUnclosed);

        Assert.Equal(1, d.Location.Line);
    }

    [Theory]
    [InlineData("2023-3-1.pl.md", "is not <date>.<language>.md")]
    [InlineData("privacy.pl.md", "is not <date>.<language>.md")]
    [InlineData("2023-02-30.pl.md", "not a calendar date")]
    [InlineData("2023-02-01.md", "is not <date>.<language>.md")]
    public void A_file_name_that_does_not_parse_is_an_error(string fileName, string message)
    {
        using var site = new TestSite().Version("privacy/" + fileName, "title: Polityka");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.FileNameInvalid);

        Assert.Equal(new SourceLocation("privacy/" + fileName, 1, 1), d.Location);
        Assert.Contains(message, d.Message);
        Assert.Contains("2024-01-15.pl.md", d.Hint);
    }

    [Fact]
    public void A_language_the_site_does_not_list_is_an_error()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2023-03-01.de.md", "title: Richtlinie");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.UnknownLanguage);

        Assert.Equal("privacy/2023-03-01.de.md", d.Location.File);
        Assert.Contains("add 'de' to 'languages'", d.Hint);
    }

    [Fact]
    public void Two_files_for_one_version_and_language_are_an_error()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2023-03-01.PL.md", "title: Polityka");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.DuplicateVersion);

        Assert.Equal("privacy/2023-03-01.pl.md", d.Location.File);
        Assert.Contains("privacy/2023-03-01.PL.md", d.Hint);
    }

    [Fact]
    public void A_translation_of_a_version_missing_in_the_binding_language_is_an_error()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2024-01-01.en.md", "title: Policy\nsummary: Change");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.OrphanTranslation);

        Assert.Equal("privacy/2024-01-01.en.md", d.Location.File);
        Assert.Contains("privacy/2024-01-01.pl.md", d.Hint);
    }

    [Theory]
    [InlineData("title: \"Polityka")]
    [InlineData("title: Polityka\nsumary: x")]
    [InlineData("sumary: x")]
    public void A_binding_file_with_errors_reports_them_and_its_translations_are_not_called_orphans(string frontMatter)
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", frontMatter)
            .Version("privacy/2023-03-01.en.md", "title: Policy");

        var diagnostics = Load(site).Diagnostics;

        Assert.Contains(diagnostics, d => d.IsError && d.Location.File == "privacy/2023-03-01.pl.md");
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.OrphanTranslation);
    }

    [Fact]
    public void Every_version_after_the_first_needs_a_summary_in_every_language()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2024-01-01.pl.md", "title: Polityka\nsummary: Zmiana")
            .Version("privacy/2024-01-01.en.md", "title: Policy");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.MissingKey);

        Assert.Equal(new SourceLocation("privacy/2024-01-01.en.md", 2, 1), d.Location);
        Assert.Contains("summary", d.Message);
    }

    [Fact]
    public void An_empty_summary_asks_for_one_line_saying_what_changed()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2024-01-01.pl.md", "title: Polityka\nsummary:   # what changed?");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.EmptyValue);

        Assert.Equal(new SourceLocation("privacy/2024-01-01.pl.md", 3, 1), d.Location);
        Assert.StartsWith("write one line saying what changed", d.Hint);
    }

    [Fact]
    public void Invalid_UTF8_is_located_with_its_byte_offset()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("---\ntitle: Polityka\n---\nZażółć ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var site = new TestSite().WriteBytes("privacy/2023-03-01.pl.md", bytes);

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.InvalidEncoding);

        Assert.Equal(new SourceLocation("privacy/2023-03-01.pl.md", 4, 8), d.Location);
        Assert.Contains($"byte offset {bytes.Length - 2}", d.Message);
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void A_policy_folder_named_like_a_Windows_device_is_an_error(string name)
    {
        using var site = new TestSite().Version($"{name}/2023-03-01.pl.md", "title: Polityka");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.PolicyFolderInvalid);

        Assert.Equal($"{name}/", d.Location.File);
        Assert.Contains("Windows reserves", d.Message);
        Assert.Contains($"{name}-policy", d.Hint);
    }

    [Fact]
    public void A_policy_folder_name_that_is_not_a_slug_is_an_error()
    {
        using var site = new TestSite().Version("Privacy Policy/2023-03-01.pl.md", "title: Polityka");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.PolicyFolderInvalid);

        Assert.Equal("Privacy Policy/", d.Location.File);
        Assert.Contains("privacy-policy", d.Hint);
    }

    [Fact]
    public void An_effective_key_must_match_the_file_name()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka\neffective: 2023-03-01")
            .Version("privacy/2024-01-01.pl.md", "title: Polityka\nsummary: x\neffective: 2024-02-01");

        var d = Only(Load(site).Diagnostics, DiagnosticCodes.EffectiveDateMismatch);

        Assert.Equal(new SourceLocation("privacy/2024-01-01.pl.md", 4, 12), d.Location);
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Version("privacy/2024-01-01.pl.md", "title: Polityka\nsummary: x\ndraft: true")
            .Version("privacy/2023-03-01.en.md", "title: Policy\ndraft: true");

        var without = Load(site).Site!.Policies[0];
        var with = Load(site, drafts: true).Site!.Policies[0];

        Assert.Single(without.Versions);
        Assert.Null(without.Versions[0].In("en"));
        Assert.Equal(2, with.Versions.Count);
        Assert.NotNull(with.Versions[0].In("en"));
    }

    [Fact]
    public void Files_beside_the_versions_are_warnings_not_errors()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: Polityka")
            .Write("privacy/notes.txt", "x")
            .Write("README.md", "x")
            .Write(".hidden/file", "x");

        var (loaded, diagnostics) = Load(site);

        Assert.NotNull(loaded);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.UnexpectedFile && !d.IsError));
    }

    [Fact]
    public void All_mistakes_are_reported_at_once_sorted_by_file_and_line()
    {
        using var site = new TestSite()
            .Version("terms/2023-03-01.pl.md", "title: T\nbogus: 1")
            .Version("privacy/2023-03-01.pl.md", "titel: P");

        var diagnostics = Load(site).Diagnostics;

        Assert.Equal(["privacy/2023-03-01.pl.md", "privacy/2023-03-01.pl.md", "terms/2023-03-01.pl.md"], diagnostics.Select(d => d.Location.File));
    }
}
