using System.Security.Cryptography;
using LegalGen.Build;
using LegalGen.Output;
using LegalGen.Rendering;
using LegalGen.Search;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Search;

/// <summary>
/// The build step that indexes the staged site: run before the site takes the output's place, so an index that cannot be
/// made leaves the previous site as it was; checked to hold exactly the pages meant to be searched; part of the inputs a
/// build with nothing changed compares.
/// </summary>
public class SearchIndexingTests
{
    private static TestSite Site() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Logi\n\nLogi przechowujemy bezterminowo.\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs\n\nWe keep logs indefinitely.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Krócej.", "## Logi\n\nLogi przechowujemy 12 miesięcy.\n")
        .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter.", "## Logs\n\nWe keep logs for 12 months.\n")
        .Version("terms/2024-01-01.pl.md", "title: Regulamin", "## Zasady\n\nTreść.\n");

    [Fact]
    public void An_indexer_that_fails_fails_the_build_saying_what_it_said_and_the_previous_site_stays()
    {
        using var site = Site();
        site.BuildSucceeding();
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        var program = Pagefind.Script(Path.Combine(site.Root, "bin"), "pagefind", "echo 'Error: out of cheese' >&2\nexit 3");
        site.Search = new PagefindIndexer(program);

        var result = site.Build(rebuild: true);

        Assert.False(result.Succeeded);
        Assert.NotNull(result.SearchFault);
        Assert.Contains($"'{program}'", result.SearchFault.Message, StringComparison.Ordinal);
        Assert.Contains("exit code 3", result.SearchFault.Message, StringComparison.Ordinal);
        Assert.Contains("Error: out of cheese", result.SearchFault.Message, StringComparison.Ordinal);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void An_indexer_that_cannot_be_started_or_writes_no_index_fails_the_build()
    {
        using var site = Site();
        var notAProgram = Path.Combine(site.Root, "pagefind.txt");
        File.WriteAllText(notAProgram, "not a program");
        site.Search = new PagefindIndexer(notAProgram);

        var unstartable = site.Build();
        site.Search = new PagefindIndexer(Pagefind.Script(Path.Combine(site.Root, "bin"), "pagefind", "echo indexed"));
        var silent = site.Build();

        Assert.Contains("could not be started", unstartable.SearchFault!.Cause, StringComparison.Ordinal);
        Assert.Contains("wrote no index", silent.SearchFault!.Cause, StringComparison.Ordinal);
        Assert.Contains("it said: indexed", silent.SearchFault.Cause, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void An_index_of_other_pages_than_the_site_has_to_search_fails_the_build()
    {
        using var site = Site();
        var program = Pagefind.Script(Path.Combine(site.Root, "bin"), "pagefind", """
            mkdir -p "$2/$4"
            echo '{"version":"1.6.0","languages":{"pl":{"page_count":3},"en":{"page_count":1},"de":{"page_count":1}}}' > "$2/$4/pagefind-entry.json"
            """);
        site.Search = new PagefindIndexer(program);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(
            "it indexed other pages than the site has to search: 1 in 'de' where the site has 0 to search, 1 in 'en' where the site has 2 to search",
            result.SearchFault!.Cause[..result.SearchFault.Cause.IndexOf(" (", StringComparison.Ordinal)]);
    }

    [Fact]
    public void The_indexer_runs_in_the_staged_site_without_the_machines_Pagefind_settings()
    {
        using var site = Site();
        var seen = Path.Combine(site.Root, "seen.txt");
        var program = Pagefind.Script(Path.Combine(site.Root, "bin"), "pagefind", $$$$"""
            { pwd; echo "$@"; env | grep '^PAGEFIND_' ; } > '{{{{seen}}}}'
            mkdir -p "$2/$4"
            echo '{"version":"1.6.0","languages":{"pl":{"page_count":3},"en":{"page_count":2}}}' > "$2/$4/pagefind-entry.json"
            """);
        site.Search = new PagefindIndexer(program);
        Environment.SetEnvironmentVariable("PAGEFIND_OUTPUT_SUBDIR", "elsewhere");
        try
        {
            var result = site.BuildSucceeding();

            var lines = File.ReadAllLines(seen);
            Assert.Matches(@"/\._site\.staging-[0-9a-f]{32}$", lines[0]);
            Assert.Equal($"--site {lines[0]} --output-subdir pagefind --glob */*/{{index.html,[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html}} --exclude-selectors [data-anchor]", lines[1]);
            Assert.Equal(2, lines.Length);
            Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["pl"] = 3 }, result.Summary!.Search!.PagesByLanguage);
            Assert.Equal("Pagefind 1.6.0", result.Summary.Search.Indexer);
            Assert.True(site.Exists("pagefind/pagefind-entry.json"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PAGEFIND_OUTPUT_SUBDIR", null);
        }
    }

    [Fact]
    public void The_indexer_is_an_input_a_build_with_nothing_changed_compares()
    {
        using var site = Site();
        var source = TemplateSource.Locate(site.TemplatesDirectory);
        var options = new BuildOptions(site.ContentDirectory, site.TemplatesDirectory, site.OutputDirectory, new DateOnly(2026, 1, 1));
        var first = Pagefind.Script(Path.Combine(site.Root, "a"), "pagefind", "exit 0");
        var same = Pagefind.Script(Path.Combine(site.Root, "b"), "pagefind", "exit 0");
        var updated = Pagefind.Script(Path.Combine(site.Root, "a2"), "pagefind", "exit 1");

        string Of(SearchIndexer? search) => InputFingerprint.Of(options with { Search = search }, source);

        Assert.NotEqual(Of(null), Of(new PagefindIndexer(first)));
        Assert.Equal(Of(new PagefindIndexer(first)), Of(new PagefindIndexer(first)));
        Assert.NotEqual(Of(new PagefindIndexer(first)), Of(new PagefindIndexer(same)));
        var before = Of(new PagefindIndexer(first));
        File.WriteAllText(first, File.ReadAllText(updated));
        Assert.NotEqual(before, Of(new PagefindIndexer(first)));
    }

    [Fact]
    public void A_check_renders_the_search_pages_and_checks_the_marks_but_runs_no_indexer()
    {
        using var site = Site();
        site.Search = new PagefindIndexer(Pagefind.Script(Path.Combine(site.Root, "bin"), "pagefind", "exit 9"));

        var result = LegalGen.Build.SiteBuilder.Check(new BuildOptions(site.ContentDirectory, site.TemplatesDirectory, site.OutputDirectory, new DateOnly(2026, 1, 1), Search: site.Search));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + result.SearchFault);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [PagefindFact]
    public void Pagefind_indexes_in_each_language_the_pages_meant_to_be_searched_and_the_same_site_gives_the_same_index()
    {
        using var site = Site();
        site.Search = new PagefindIndexer(Pagefind.Program!);

        var result = site.BuildSucceeding();
        var first = Hashes(Path.Combine(site.OutputDirectory, "pagefind"));
        site.OutputDirectory = Path.Combine(site.Root, "again");
        site.BuildSucceeding();

        var index = result.Summary!.Search!;
        Assert.Equal(new Dictionary<string, int> { ["en"] = 2, ["pl"] = 3 }, index.PagesByLanguage);
        Assert.StartsWith("Pagefind 1.", index.Indexer, StringComparison.Ordinal);
        Assert.True(index.Bytes > 0 && index.Files > 0);
        Assert.Contains("pagefind.js", first.Keys);
        Assert.Equal(first, Hashes(Path.Combine(site.OutputDirectory, "pagefind")));
    }

    [PagefindFact]
    public void A_changed_text_is_indexed_again_and_an_unchanged_index_keeps_its_files_times()
    {
        using var site = Site();
        site.Search = new PagefindIndexer(Pagefind.Program!);
        site.BuildSucceeding();
        var entry = Path.Combine(site.OutputDirectory, "pagefind", "pagefind-entry.json");
        var script = Path.Combine(site.OutputDirectory, "pagefind", "pagefind.js");
        var (entryTime, scriptTime) = (File.GetLastWriteTimeUtc(entry), File.GetLastWriteTimeUtc(script));

        var unchanged = site.BuildSucceeding(rebuild: true);
        Assert.Equal(entryTime, File.GetLastWriteTimeUtc(entry));
        site.Version("terms/2025-01-01.pl.md", "title: Regulamin\nsummary: Nowe zasady.", "## Zasady\n\nNowa treść.\n");
        var changed = site.BuildSucceeding();

        Assert.Equal(unchanged.Summary!.Search!.PagesByLanguage, new Dictionary<string, int> { ["en"] = 2, ["pl"] = 3 });
        Assert.Equal(4, changed.Summary!.Search!.PagesByLanguage["pl"]);
        Assert.Contains("\"page_count\":4", File.ReadAllText(entry), StringComparison.Ordinal);
        Assert.Equal(scriptTime, File.GetLastWriteTimeUtc(script));
    }

    [PagefindFact]
    public void A_build_with_nothing_changed_keeps_the_index_and_a_site_built_without_search_has_none()
    {
        using var site = Site();
        site.Search = new PagefindIndexer(Pagefind.Program!);
        site.BuildSucceeding();
        var before = OutputFolders.Snapshot(site.OutputDirectory);

        var again = site.BuildSucceeding();
        Assert.NotNull(again.Summary!.UnchangedSince);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));

        site.Search = null;
        var without = site.BuildSucceeding();
        Assert.Null(without.Summary!.UnchangedSince);
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "pagefind")));
        Assert.False(site.Exists("en/search.html"));
    }

    private static Dictionary<string, string> Hashes(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
