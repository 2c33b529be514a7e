using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// A build given the cache of the one before (<c>serve</c>) renders only the policies whose files changed and takes the
/// others' pages from the build that rendered them; whatever the edit, the site it makes is byte for byte the one a
/// whole build of the same content makes, with the same diagnostics.
/// </summary>
public sealed class PartialRebuildTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    private readonly TestSite _site = new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka prywatności", "## Logi {#logi}\n\nLogi przechowujemy 12 miesięcy. Zob. [odpowiedzialność](../terms/#liability).\n")
        .Version("privacy/2024-01-01.en.md", "title: Privacy policy", "## Logs {#logi}\n\nWe keep logs for 12 months. See [liability](../terms/#liability).\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka prywatności\nsummary: Krócej.", "## Logi {#logi}\n\nLogi przechowujemy 6 miesięcy. Zob. [odpowiedzialność](../terms/#liability).\n")
        .Version("privacy/2027-01-01.pl.md", "title: Polityka prywatności\nsummary: Jeszcze krócej.", "## Logi {#logi}\n\nLogi przechowujemy 3 miesiące.\n")
        .Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Odpowiedzialność {#liability}\n\nOdpowiadamy.\n\n## Reklamacje\n\nW 14 dni.\n")
        .Version("terms/2024-01-01.en.md", "title: Terms", "## Liability {#liability}\n\nWe are liable.\n\n## Complaints\n\nWithin 14 days.\n")
        .Version("terms/2025-06-01.pl.md", "title: Regulamin\nsummary: Reklamacje w 30 dni.", "## Odpowiedzialność {#liability}\n\nOdpowiadamy.\n\n## Reklamacje\n\nW 30 dni.\n")
        .Version("cookies/2024-01-01.pl.md", "title: Ciasteczka", "## Rodzaje\n\nNiezbędne i analityczne. Zob. [logi](../privacy/2024-01-01.pl.md#logi).\n");

    private readonly BuildCache _cache = new();
    private int _builds;

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> Edits => new()
    {
        "a text", "a new version file", "a title", "a deleted translation", "a broken link to another policy", "a heading another policy links to", "site.yml", "a new policy",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void After_an_edit_the_site_is_byte_for_byte_the_one_a_whole_build_makes(string edit)
    {
        Build();
        Edit(edit);

        var partial = Build();
        var whole = WholeBuild();

        Assert.Equal(SiteTree.Of(whole.Folder), SiteTree.Of(partial.Folder));
        Assert.Equal(whole.Result.Diagnostics, partial.Result.Diagnostics);
        var everything = edit is "site.yml" or "a new policy";
        Assert.Equal<int?>(everything ? partial.Result.Summary!.Policies : 1, partial.Result.Summary!.PoliciesRendered);
    }

    [Fact]
    public void Edits_one_after_another_each_give_the_whole_builds_site_and_only_their_policy_is_rendered()
    {
        Build();
        foreach (var edit in new[] { "a text", "a title", "a new version file", "a deleted translation", "a heading another policy links to", "a text" })
        {
            Edit(edit);
            var partial = Build();

            Assert.Equal(SiteTree.Of(WholeBuild().Folder), SiteTree.Of(partial.Folder));
        }
    }

    [Fact]
    public void A_link_that_an_edit_of_another_policy_breaks_is_reported_though_its_policy_is_not_rendered()
    {
        Build();
        Edit("a heading another policy links to");

        var partial = Build();

        Assert.Equal<int?>(1, partial.Result.Summary!.PoliciesRendered);
        Assert.Contains(partial.Result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment && d.Location.File == "privacy/2024-01-01.pl.md");
    }

    [Fact]
    public void A_build_with_an_error_changes_nothing_the_next_build_takes_and_the_fix_gives_the_whole_builds_site()
    {
        var good = Build();
        _site.Version("terms/2025-06-01.pl.md", "title: Regulamin\nsumary: x", "Tekst.\n");
        var failed = Build();
        _site.Version("terms/2025-06-01.pl.md", "title: Regulamin\nsummary: Naprawione.", "## Odpowiedzialność {#liability}\n\nOdpowiadamy.\n");
        var fixedBuild = Build();

        Assert.False(failed.Result.Succeeded);
        Assert.False(Directory.Exists(failed.Folder));
        Assert.Contains(good.Folder, _cache.FoldersInUse);
        Assert.Equal<int?>(1, fixedBuild.Result.Summary!.PoliciesRendered);
        Assert.Equal(SiteTree.Of(WholeBuild().Folder), SiteTree.Of(fixedBuild.Folder));
    }

    [Fact]
    public void A_build_with_a_cache_makes_the_site_a_build_without_one_makes_but_for_the_record_in_the_marker()
    {
        Build();
        Edit("a title");
        var partial = Build();
        var plain = Path.Combine(_site.Root, "plain");

        var result = SiteBuilder.Build(Options(plain));

        var marker = LegalGen.Output.SiteWriter.MarkerFile;
        Assert.Equal(SiteTree.Of(plain).Where(f => f.Key != marker), SiteTree.Of(partial.Folder).Where(f => f.Key != marker));
        Assert.Equal(result.Diagnostics, partial.Result.Diagnostics);
    }

    [Fact]
    public void A_policy_whose_earlier_folder_is_gone_is_rendered_again()
    {
        var first = Build();
        Edit("a text");
        Directory.Delete(first.Folder, recursive: true);

        var partial = Build();

        Assert.Equal<int?>(3, partial.Result.Summary!.PoliciesRendered);
        Assert.Equal(SiteTree.Of(WholeBuild().Folder), SiteTree.Of(partial.Folder));
    }

    [Fact]
    public void A_build_with_nothing_changed_renders_no_policy_and_parses_no_file()
    {
        Build();
        var parsed = _cache.Files.Parsed;

        var again = Build();

        Assert.Equal<int?>(0, again.Result.Summary!.PoliciesRendered);
        Assert.Equal(parsed, _cache.Files.Parsed);
        Assert.Equal(SiteTree.Of(WholeBuild().Folder), SiteTree.Of(again.Folder));
    }

    [Fact]
    public void A_saved_file_is_parsed_again_and_no_other()
    {
        Build();
        var parsed = _cache.Files.Parsed;
        Edit("a text");
        _cache.Changed([Path.Combine(_site.ContentDirectory, "privacy", "2025-01-01.pl.md")]);

        Build();

        Assert.Equal(parsed + 1, _cache.Files.Parsed);
    }

    [Fact]
    public void A_file_rewritten_with_the_same_size_and_time_is_read_again_when_said_to_have_changed()
    {
        Build();
        var file = Path.Combine(_site.ContentDirectory, "terms", "2025-06-01.pl.md");
        var time = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("30 dni", "31 dni", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);
        _cache.Changed([file]);

        var partial = Build();

        Assert.Contains("31 dni", File.ReadAllText(Path.Combine(partial.Folder, "pl", "terms", "index.html")));
        Assert.Equal(SiteTree.Of(WholeBuild().Folder), SiteTree.Of(partial.Folder));
    }

    [Fact]
    public void Only_the_folders_of_the_last_good_build_and_those_it_took_pages_from_are_in_use()
    {
        var first = Build();
        Edit("a text");
        var second = Build();

        Assert.Equal(new HashSet<string> { first.Folder, second.Folder }, _cache.FoldersInUse);
        Assert.True(Directory.Exists(Path.Combine(second.Folder, "pl", "terms")));
        Assert.Equal(Path.Combine("..", "..", Path.GetFileName(first.Folder), "pl", "terms"), new DirectoryInfo(Path.Combine(second.Folder, "pl", "terms")).LinkTarget);
    }

    private void Edit(string edit)
    {
        switch (edit)
        {
            case "a text":
                _site.Version("privacy/2025-01-01.pl.md", "title: Polityka prywatności\nsummary: Krócej.", $"## Logi {{#logi}}\n\nLogi przechowujemy {100 + _builds} dni. Zob. [odpowiedzialność](../terms/#liability).\n");
                break;
            case "a new version file":
                _site.Version("terms/2028-01-01.pl.md", "title: Regulamin\nsummary: Nowy.", "## Odpowiedzialność {#liability}\n\nOdpowiadamy w pełni.\n");
                break;
            case "a title":
                _site.Version("terms/2025-06-01.pl.md", "title: Regulamin sklepu\nsummary: Reklamacje w 30 dni.", "## Odpowiedzialność {#liability}\n\nOdpowiadamy.\n\n## Reklamacje\n\nW 30 dni.\n");
                break;
            case "a deleted translation":
                File.Delete(Path.Combine(_site.ContentDirectory, "privacy", "2024-01-01.en.md"));
                break;
            case "a broken link to another policy":
                _site.Version("cookies/2024-01-01.pl.md", "title: Ciasteczka", "## Rodzaje\n\nZob. [logi](../privacy/2024-01-01.pl.md#nie-ma) i [nic](../nothing/).\n");
                break;
            case "a heading another policy links to":
                _site.Version("terms/2025-06-01.pl.md", "title: Regulamin\nsummary: Reklamacje w 30 dni.", "## Reklamacje\n\nW 30 dni.\n");
                break;
            case "site.yml":
                _site.Write("site.yml", TestSite.DefaultSiteYml.Replace("Documents", "Legal documents", StringComparison.Ordinal));
                break;
            case "a new policy":
                _site.Version("imprint/2024-01-01.pl.md", "title: Stopka", "Orbizer sp. z o.o.\n");
                break;
        }
    }

    private (BuildResult Result, string Folder) Build()
    {
        var folder = Path.Combine(_site.Root, "serve", (++_builds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = SiteBuilder.Build(Options(folder), _cache);
        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError), string.Join("\n", result.Diagnostics) + result.UsageError + result.OutputFault);
        return (result, folder);
    }

    private (BuildResult Result, string Folder) WholeBuild()
    {
        var folder = Path.Combine(_site.Root, "whole", (++_builds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = SiteBuilder.Build(Options(folder), new BuildCache());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, folder);
    }

    private BuildOptions Options(string folder) => new(_site.ContentDirectory, _site.TemplatesDirectory, folder, AsOf);
}
