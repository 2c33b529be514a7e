using System.Globalization;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Output;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// A build whose inputs are those of the last build of the output folder — every content file's bytes, the templates,
/// the options that change the site, LegalGen itself — writes nothing and ends as that build did; any change builds.
/// </summary>
public class UnchangedBuildTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    private static TestSite Site(string? siteYml = TestSite.DefaultSiteYml) => new TestSite(siteYml)
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy przez 12 miesięcy.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Krócej.", "## Logi\n\nLogi przechowujemy przez 6 miesięcy.\n")
        .Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Zasady\n\nTreść.\n");

    private static BuildOptions Options(TestSite site) => new(site.ContentDirectory, site.TemplatesDirectory, site.OutputDirectory, AsOf);

    [Fact]
    public void A_build_with_nothing_changed_writes_nothing_and_says_when_the_site_was_built()
    {
        using var site = Site();
        var first = SiteBuilder.Build(Options(site));
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        var written = File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, SiteWriter.MarkerFile));

        var second = SiteBuilder.Build(Options(site));

        Assert.Null(first.Summary!.UnchangedSince);
        Assert.Equal(written, second.Summary!.UnchangedSince);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
        Assert.Equal(first.Summary with { Milliseconds = 0, Leftovers = null }, second.Summary with { Milliseconds = 0, Leftovers = null, UnchangedSince = null });
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void The_marker_keeps_its_sentence_first_and_records_the_inputs_the_counts_and_the_diagnostics()
    {
        using var site = Site();
        var result = SiteBuilder.Build(Options(site));

        var marker = File.ReadAllText(Path.Combine(site.OutputDirectory, SiteWriter.MarkerFile));
        var (record, _) = BuildRecord.Read(site.OutputDirectory)!.Value;

        Assert.StartsWith(SiteWriter.MarkerSentence + "\n{\n  \"format\": 1,\n  \"inputs\": \"", marker);
        Assert.True(record.IsFor(InputFingerprint.Of(Options(site), LegalGen.Rendering.TemplateSource.Locate(site.TemplatesDirectory))));
        Assert.Equal((2, 3, 2, result.Summary!.Pages), (record.Policies, record.Versions, record.Languages, record.Pages));
        Assert.Equal(result.Diagnostics, record.Diagnostics);
    }

    public static TheoryData<string> Changes => new()
    {
        "a content byte", "a new content file", "a removed content file", "site.yml", "a template", "a new template", "the as-of date", "the base URL", "drafts",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_of_an_input_builds_the_site(string change)
    {
        using var site = Site().UseCopyOfTemplates();
        SiteBuilder.Build(Options(site));
        var options = Options(site);
        switch (change)
        {
            case "a content byte":
                site.Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Zasady\n\nTreść!\n");
                break;
            case "a new content file":
                site.Version("terms/2024-01-01.en.md", "title: Terms", "## Rules\n\nText.\n");
                break;
            case "a removed content file":
                File.Delete(Path.Combine(site.ContentDirectory, "privacy", "2025-01-01.pl.md"));
                break;
            case "site.yml":
                site.Write("site.yml", TestSite.DefaultSiteYml.Replace("Documents", "Legal documents", StringComparison.Ordinal));
                break;
            case "a template":
                File.AppendAllText(Path.Combine(site.TemplatesDirectory!, "assets", "style.css"), "\n/* changed */\n");
                break;
            case "a new template":
                File.WriteAllText(Path.Combine(site.TemplatesDirectory!, "assets", "print.css"), "body { color: black; }\n");
                break;
            case "the as-of date":
                options = options with { AsOf = AsOf.AddDays(1) };
                break;
            case "the base URL":
                options = options with { BaseUrl = "https://preview.example.com/" };
                break;
            case "drafts":
                options = options with { IncludeDrafts = true };
                break;
        }

        var result = SiteBuilder.Build(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Summary!.UnchangedSince);
        Assert.NotNull(SiteBuilder.Build(options).Summary!.UnchangedSince);
    }

    [Fact]
    public void A_file_saved_with_the_same_bytes_is_no_change_whatever_its_time()
    {
        using var site = Site();
        SiteBuilder.Build(Options(site));
        var file = Path.Combine(site.ContentDirectory, "terms", "2024-01-01.pl.md");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(1));

        Assert.NotNull(SiteBuilder.Build(Options(site)).Summary!.UnchangedSince);
    }

    [Fact]
    public void A_file_changed_with_its_size_and_time_kept_is_a_change()
    {
        using var site = Site();
        SiteBuilder.Build(Options(site));
        var file = Path.Combine(site.ContentDirectory, "terms", "2024-01-01.pl.md");
        var time = File.GetLastWriteTimeUtc(file);
        var length = new FileInfo(file).Length;
        File.WriteAllText(file, File.ReadAllText(file).Replace("Zasady", "Zasoby", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);

        var result = SiteBuilder.Build(Options(site));

        Assert.Equal(length, new FileInfo(file).Length);
        Assert.Null(result.Summary!.UnchangedSince);
        Assert.Contains("Zasoby", site.Read("pl/terms/index.html"));
    }

    [Fact]
    public void Rebuild_builds_and_writes_the_site_even_when_nothing_changed()
    {
        using var site = Site();
        SiteBuilder.Build(Options(site));
        File.Delete(Path.Combine(site.OutputDirectory, "pl", "terms", "index.html"));

        var result = SiteBuilder.Build(Options(site) with { Rebuild = true });

        Assert.Null(result.Summary!.UnchangedSince);
        Assert.True(site.Exists("pl/terms/index.html"));
    }

    [Fact]
    public void A_build_with_nothing_changed_gives_the_same_warnings_and_fails_under_strict_as_a_build_would()
    {
        using var site = Site();
        site.Write("notes.txt", "Not content.\n");
        var first = SiteBuilder.Build(Options(site));
        var before = OutputFolders.Snapshot(site.OutputDirectory);

        var again = SiteBuilder.Build(Options(site));
        var strict = SiteBuilder.Build(Options(site) with { Strict = true });
        var strictBuilt = SiteBuilder.Build(Options(site) with { Strict = true, Rebuild = true });

        Assert.Equal(DiagnosticCodes.UnexpectedFile, Assert.Single(first.Diagnostics).Code);
        Assert.NotNull(again.Summary!.UnchangedSince);
        Assert.Equal(first.Diagnostics, again.Diagnostics);
        Assert.False(strict.Succeeded);
        Assert.Equal(strictBuilt.Diagnostics, strict.Diagnostics);
        Assert.False(strictBuilt.Succeeded);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
    }

    [Theory]
    [InlineData("This folder was written by LegalGen; the next build replaces it as a whole.\n")]
    [InlineData("This folder was written by LegalGen; the next build replaces it as a whole.\n{\"format\": 1, \"inputs\": ")]
    [InlineData("This folder was written by LegalGen; the next build replaces it as a whole.\n{\"format\": 99}\n")]
    [InlineData("Something else.\n{\"format\": 1}\n")]
    public void A_marker_of_an_older_LegalGen_or_a_damaged_one_builds_the_site(string marker)
    {
        using var site = Site();
        SiteBuilder.Build(Options(site));
        File.WriteAllText(Path.Combine(site.OutputDirectory, SiteWriter.MarkerFile), marker);

        var result = SiteBuilder.Build(Options(site));

        Assert.Null(result.Summary!.UnchangedSince);
        Assert.NotNull(BuildRecord.Read(site.OutputDirectory));
    }

    [Fact]
    public void A_record_of_other_inputs_builds_the_site()
    {
        using var site = Site();
        SiteBuilder.Build(Options(site));
        var marker = Path.Combine(site.OutputDirectory, SiteWriter.MarkerFile);
        var (record, _) = BuildRecord.Read(site.OutputDirectory)!.Value;
        File.WriteAllText(marker, (record with { Inputs = new string('0', 64) }).ToMarkerText());

        Assert.Null(SiteBuilder.Build(Options(site)).Summary!.UnchangedSince);
    }

    [Fact]
    public void A_site_that_keeps_a_path_the_build_writes_is_always_built_so_the_builds_file_replaces_what_was_put_there()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\nkeep: [robots.txt, CNAME]\n").Version("privacy/2024-01-01.pl.md", "title: Polityka");
        SiteBuilder.Build(Options(site));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "robots.txt"), "User-agent: *\nDisallow: /\n");
        File.WriteAllText(Path.Combine(site.OutputDirectory, "CNAME"), "legal.example.com\n");

        var result = SiteBuilder.Build(Options(site));

        Assert.Null(result.Summary!.UnchangedSince);
        Assert.DoesNotContain("Disallow", site.Read("robots.txt"));
        Assert.Equal("legal.example.com\n", site.Read("CNAME"));
    }

    [Fact]
    public void Files_kept_in_the_output_stay_when_nothing_changed()
    {
        using var site = new TestSite(TestSite.DefaultSiteYml + "\nkeep: [downloads]\n").Version("privacy/2024-01-01.pl.md", "title: Polityka");
        SiteBuilder.Build(Options(site));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "CNAME"), "legal.example.com\n");
        Directory.CreateDirectory(Path.Combine(site.OutputDirectory, "downloads"));
        File.WriteAllText(Path.Combine(site.OutputDirectory, "downloads", "terms.pdf"), "%PDF");

        var unchanged = SiteBuilder.Build(Options(site));
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");
        var built = SiteBuilder.Build(Options(site));

        Assert.NotNull(unchanged.Summary!.UnchangedSince);
        Assert.Null(built.Summary!.UnchangedSince);
        Assert.Equal("legal.example.com\n", site.Read("CNAME"));
        Assert.Equal("%PDF", site.Read("downloads/terms.pdf"));
    }

    [Fact]
    public void A_check_writes_no_record_and_a_build_after_it_builds()
    {
        using var site = Site();

        Assert.True(SiteBuilder.Check(Options(site)).Succeeded);
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Null(SiteBuilder.Build(Options(site)).Summary!.UnchangedSince);
    }

    [Fact]
    public void The_fingerprint_names_the_as_of_date_not_the_day_it_is_taken()
    {
        using var site = Site();
        var source = LegalGen.Rendering.TemplateSource.Locate(site.TemplatesDirectory);

        var today = InputFingerprint.Of(Options(site), source);
        var tomorrow = InputFingerprint.Of(Options(site) with { AsOf = DateOnly.Parse("2026-01-02", CultureInfo.InvariantCulture) }, source);

        Assert.Equal(today, InputFingerprint.Of(Options(site), source));
        Assert.NotEqual(today, tomorrow);
    }
}
