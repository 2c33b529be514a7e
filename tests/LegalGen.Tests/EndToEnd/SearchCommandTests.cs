using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen build</c> and search, run as a process: search when Pagefind is found, a note saying how to get it when
/// not, <c>--search</c> to require it, <c>--no-search</c> to leave it out, <c>--pagefind</c> or LEGALGEN_PAGEFIND to
/// name it; a Pagefind that fails fails the build with the previous site as it was. PATH holds no Pagefind here.
/// </summary>
public class SearchCommandTests
{
    private static ToolProcess.Result Run(SampleRepository repo, string[] arguments, string? variable = null) =>
        CliProcess.Run(repo.Root, arguments, ("SOURCE_DATE_EPOCH", "1767225600"), ("PATH", EmptyFolder()), ("LEGALGEN_PAGEFIND", variable));

    private static string EmptyFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "legalgen-tests", "empty-path")).FullName;

    [Fact]
    public void Without_Pagefind_the_site_is_built_without_search_and_a_note_says_how_to_get_it()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var result = Run(repo, ["build"]);
        var quiet = Run(repo, ["build", "--no-search", "--rebuild"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("note: Search was not built: Pagefind was not found (not named by LEGALGEN_PAGEFIND, not in node_modules here or in a folder above, not on PATH).", result.Out);
        Assert.Contains("npm install pagefind", result.Out);
        Assert.Contains("--pagefind", result.Out);
        Assert.False(File.Exists(Path.Combine(repo.Site, "en", "search.html")));
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("Search", quiet.Out);
    }

    [Fact]
    public void Search_required_and_not_found_or_asked_for_and_left_out_is_a_usage_error()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var required = Run(repo, ["build", "--search"]);
        var both = Run(repo, ["build", "--search", "--no-search"]);
        var missing = Run(repo, ["build", "--pagefind", "tools/pagefind"]);
        var variable = Run(repo, ["build"], variable: Path.Combine(repo.Root, "nowhere"));

        Assert.Equal(2, required.ExitCode);
        Assert.Contains("error: search was asked for, but Pagefind was not found", required.Err);
        Assert.Contains("(--pagefind, --search/--no-search)", required.Err);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("search was both asked for and left out", both.Err);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("the Pagefind program 'tools/pagefind' does not exist", missing.Err);
        Assert.Equal(2, variable.ExitCode);
        Assert.Contains("LEGALGEN_PAGEFIND", variable.Err);
        Assert.False(Directory.Exists(repo.Site));
    }

    [Fact]
    public void A_Pagefind_that_fails_fails_the_build_and_the_previous_site_stays()
    {
        using var repo = new SampleRepository(withTemplates: false);
        var built = Run(repo, ["build", "--no-search"]);
        var before = OutputFolders.Snapshot(repo.Site);
        var program = Pagefind.Script(Path.Combine(repo.Root, "tools"), "pagefind", "echo 'thread main panicked' >&2\nexit 101");

        var result = Run(repo, ["build", "--pagefind", program]);

        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.Equal(74, result.ExitCode);
        Assert.Contains($"error: the search index could not be made with Pagefind ('{program}'): it ended with exit code 101, saying: thread main panicked", result.Err.Replace("\n", " "));
        Assert.Contains("--no-search", result.Err);
        Assert.Contains("Build failed; '_site' is as it was.", result.Err);
        Assert.Equal(before, OutputFolders.Snapshot(repo.Site));
    }

    [PagefindFact]
    public void Pagefind_named_by_the_variable_or_found_in_node_modules_indexes_the_site()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var named = Run(repo, ["build", "--search"], variable: Pagefind.Program);
        var modules = Path.Combine(repo.Root, "node_modules");
        Directory.CreateSymbolicLink(modules, Path.Combine(RepoPaths.Root, "tests", "site-checks", "node_modules"));
        var found = Run(repo, ["build", "--rebuild"]);

        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Matches(@"\nSearch: 9 pages indexed in 2 languages \(\d+ KB, \d+ files\) in \d+ ms by Pagefind 1\.\d+\.\d+ \(named by LEGALGEN_PAGEFIND: '[^']+'\)\.\n", named.Out);
        Assert.True(File.Exists(Path.Combine(repo.Site, "pagefind", "pagefind.js")));
        Assert.True(File.Exists(Path.Combine(repo.Site, "pl", "search.html")));
        Assert.True(found.ExitCode == 0, found.ToString());
        Assert.Contains($"(found in '{modules}': ", found.Out);
    }
}
