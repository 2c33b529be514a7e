using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

public class SiteFileReaderTests
{
    private static IReadOnlyList<Diagnostic> Diagnostics(string siteYml)
    {
        using var site = new TestSite(siteYml).Version("privacy/2023-03-01.pl.md", "title: P");
        var bag = new DiagnosticBag();
        ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), bag);
        return bag.ToSortedList();
    }

    [Fact]
    public void Reads_a_per_language_title_base_url_and_languages_in_switcher_order()
    {
        using var site = new TestSite("title: { pl: Dokumenty, en: Documents }\nbase_url: https://x.example/legal\ndefault_language: pl\nlanguages: [en, pl]\n")
            .Version("privacy/2023-03-01.pl.md", "title: P");
        var bag = new DiagnosticBag();

        var settings = ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), bag)!.Settings;

        Assert.Equal("Documents", settings.Title.For("en", "pl"));
        Assert.Equal("Dokumenty", settings.Title.For("pl", "pl"));
        Assert.Equal("https://x.example/legal/", settings.BaseUrl!.ToString());
        Assert.Equal(["en", "pl"], settings.Languages);
    }

    [Fact]
    public void A_missing_site_file_is_an_error()
    {
        using var site = new TestSite(siteYml: null);
        var bag = new DiagnosticBag();

        Assert.Null(ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), bag));

        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.SiteFileMissing, d.Code);
        Assert.Equal("site.yml", d.Location.File);
    }

    [Fact]
    public void A_default_language_not_in_the_languages_is_located()
    {
        var d = Assert.Single(Diagnostics("title: T\ndefault_language: de\nlanguages: [pl, en]\n"));

        Assert.Equal(DiagnosticCodes.UnknownLanguage, d.Code);
        Assert.Equal(new SourceLocation("site.yml", 2, 19), d.Location);
    }

    [Fact]
    public void An_unknown_site_key_is_located_with_a_suggestion()
    {
        var d = Assert.Single(Diagnostics("title: T\nbase_ur: https://x.example/\ndefault_language: pl\nlanguages: [pl]\n"));

        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Equal(2, d.Location.Line);
        Assert.Contains("base_url", d.Hint);
    }

    [Theory]
    [InlineData("title: T\nbase_url: not a url\ndefault_language: pl\nlanguages: [pl]\n", DiagnosticCodes.WrongType)]
    [InlineData("title: T\ndefault_language: pl\nlanguages: [pl, 'p l']\n", DiagnosticCodes.UnknownLanguage)]
    [InlineData("title: T\ndefault_language: pl\nlanguages: [pl, pl]\n", DiagnosticCodes.DuplicateKey)]
    [InlineData("title: T\ndefault_language: pl\n", DiagnosticCodes.MissingKey)]
    [InlineData("title: T\ndefault_language: pl\nlanguages:\n", DiagnosticCodes.EmptyValue)]
    [InlineData("title: T\ndefault_language: pl\nlanguages: []\n", DiagnosticCodes.EmptyValue)]
    public void Site_settings_mistakes_are_errors(string siteYml, string code)
    {
        var diagnostics = Diagnostics(siteYml);

        Assert.Contains(diagnostics, d => d.Code == code && d.IsError && d.Location.File == "site.yml");
    }

    [Theory]
    [InlineData("https://legal.example.com/?utm=1", "a query")]
    [InlineData("https://legal.example.com/#top", "a fragment")]
    [InlineData("https://user:secret@legal.example.com/", "a user name or password")]
    [InlineData("ftp://legal.example.com/", "not an absolute http(s) address")]
    [InlineData("legal.example.com", "not an absolute http(s) address")]
    public void A_base_url_with_a_query_a_fragment_or_credentials_is_refused_at_its_place(string url, string problem)
    {
        var d = Assert.Single(Diagnostics($"title: T\nbase_url: {url}\ndefault_language: pl\nlanguages: [pl]\n"));

        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal(new SourceLocation("site.yml", 2, 11), d.Location);
        Assert.Contains(problem, d.Message);
    }

    [Theory]
    [InlineData("https://user:secret@legal.example.com/")]
    [InlineData("https://legal.example.com/?q")]
    public void The_same_rule_holds_for_base_url_given_on_the_command_line(string url)
    {
        using var site = new TestSite().Version("privacy/2023-03-01.pl.md", "title: P");

        var (code, _, stderr) = CliRunner.Run("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--base-url", url);

        Assert.Equal(2, code);
        Assert.Contains("--base-url", stderr);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Theory]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    public void A_language_named_like_a_Windows_device_is_refused(string tag)
    {
        var d = Assert.Single(Diagnostics($"title: T\ndefault_language: pl\nlanguages: [pl, {tag}]\n"));

        Assert.Equal(DiagnosticCodes.UnknownLanguage, d.Code);
    }

    [Fact]
    public void Keep_lists_paths_inside_the_output_folder_in_order()
    {
        using var site = new TestSite("title: T\ndefault_language: pl\nlanguages: [pl]\nkeep:\n  - CNAME\n  - .well-known/security.txt\n  - downloads/\n")
            .Version("privacy/2023-03-01.pl.md", "title: P");
        var bag = new DiagnosticBag();

        var keep = ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), bag)!.Settings.Keep!;

        Assert.Empty(bag.ToSortedList());
        Assert.Equal(["CNAME", ".well-known/security.txt", "downloads"], keep.Select(k => k.Path));
        Assert.Equal(new SourceLocation("site.yml", 6, 5), keep[1].Location);
    }

    [Theory]
    [InlineData("../CNAME", "leads out of the output folder")]
    [InlineData("a/../../b", "leads out of the output folder")]
    [InlineData("/etc/passwd", "is an absolute path")]
    [InlineData("C:/site/CNAME", "is an absolute path")]
    [InlineData("'a\\\\b'", "contains '\\'")]
    [InlineData("a//b", "has an empty or '.' part")]
    [InlineData("./CNAME", "has an empty or '.' part")]
    public void A_keep_entry_that_is_not_a_path_inside_the_output_is_located(string entry, string why)
    {
        var d = Assert.Single(Diagnostics($"title: T\ndefault_language: pl\nlanguages: [pl]\nkeep:\n  - CNAME\n  - {entry}\n"));

        Assert.Equal(DiagnosticCodes.KeepPathInvalid, d.Code);
        Assert.Equal(new SourceLocation("site.yml", 6, 5), d.Location);
        Assert.Contains(why, d.Message);
        Assert.Contains("keep: [CNAME, .well-known/security.txt]", d.Hint);
    }

    [Fact]
    public void Keep_must_be_a_list()
    {
        var d = Assert.Single(Diagnostics("title: T\ndefault_language: pl\nlanguages: [pl]\nkeep: CNAME\n"));

        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal(4, d.Location.Line);
    }
}
