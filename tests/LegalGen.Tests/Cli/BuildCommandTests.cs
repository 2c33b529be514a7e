using LegalGen.Cli;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class BuildCommandTests
{
    private static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string[] BuildArgs(TestSite site, params string[] extra) =>
        ["build", "--content", site.ContentDirectory, "--templates", RepoPaths.Templates, "--output", site.OutputDirectory, "--as-of", "2026-01-01", .. extra];

    [Fact]
    public void Build_prints_a_summary_and_where_the_site_is()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, stdout, _) = Run(BuildArgs(site));

        Assert.Equal(0, code);
        Assert.Matches(@"^Built 1 policy, 1 version, 2 languages: 12 pages in \d+ ms \(as of 2026-01-01\)\.\n", stdout);
        Assert.Contains($"Open {Path.Combine(site.OutputDirectory, "index.html")}", stdout);
    }

    [Fact]
    public void A_build_with_nothing_changed_says_so_prints_the_same_problems_and_exits_as_the_last_build_did()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka").Write("notes.txt", "Not content.\n");

        var built = Run(BuildArgs(site));
        var unchanged = Run(BuildArgs(site));
        var strict = Run(BuildArgs(site, "--strict"));
        var rebuilt = Run(BuildArgs(site, "--rebuild"));

        Assert.Equal(0, built.ExitCode);
        Assert.Contains("warning LG", built.Err);
        Assert.Equal((0, built.Err), (unchanged.ExitCode, unchanged.Err));
        Assert.Matches(
            @"^Nothing changed since the last build at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d; the site is as it was \(1 policy, 1 version, 2 languages: 12 pages, as of 2026-01-01; checked in \d+ ms\)\.\n",
            unchanged.Out);
        Assert.Contains($"Open {Path.Combine(site.OutputDirectory, "index.html")}", unchanged.Out);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(built.Err + $"Build failed; nothing was written, and '{site.OutputDirectory}' is as it was.\n", strict.Err);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.StartsWith("Built 1 policy", rebuilt.Out);
    }

    [Fact]
    public void Content_errors_print_located_messages_with_hints_and_exit_1()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: x");

        var (code, stdout, stderr) = Run(BuildArgs(site));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("privacy/2024-01-01.pl.md:3:1: error LG009: unknown key 'sumary' in the front matter\n", stderr);
        Assert.Contains("    3 | sumary: x\n      | ^^^^^^\n", stderr);
        Assert.Contains("hint: did you mean 'summary'?", stderr);
        Assert.Contains("1 error, 0 warnings.", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void The_github_format_annotates_the_offending_lines_and_still_fails_the_build()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: x");

        var (code, stdout, stderr) = Run(BuildArgs(site, "--format", "github"));

        Assert.Equal(1, code);
        Assert.StartsWith($"::error file={site.ContentDirectory.Replace('\\', '/')}/privacy/2024-01-01.pl.md,line=3,col=1,title=LG009::", stdout);
        Assert.Contains("Build failed", stderr);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_json_build_keeps_standard_output_for_the_json_alone()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, stdout, stderr) = Run(BuildArgs(site, "--format", "json"));

        Assert.Equal(0, code);
        Assert.Equal("[]\n", stdout);
        Assert.StartsWith("Built 1 policy", stderr);
    }

    [Theory]
    [InlineData("--no-such-option")]
    [InlineData("--as-of", "2026-13-01")]
    public void Usage_errors_exit_2(params string[] extra)
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = Run([.. BuildArgs(site).Where(a => a != "--as-of" && a != "2026-01-01"), .. extra]);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }

    [Fact]
    public void An_output_folder_that_would_lose_work_is_refused_with_exit_2()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = Run("build", "--content", site.ContentDirectory, "--templates", RepoPaths.Templates, "--output", site.ContentDirectory, "--as-of", "2026-01-01");

        Assert.Equal(2, code);
        Assert.Contains("would replace the content folder", stderr);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "site.yml")));
    }

    [Fact]
    public void Help_lists_the_build_options()
    {
        var (code, stdout, _) = Run("build", "--help");

        Assert.Equal(0, code);
        foreach (var option in new[] { "--content", "--templates", "--output", "--as-of", "--drafts", "--strict", "--force", "--format" })
            Assert.Contains(option, stdout);
    }

    [Fact]
    public void Without_templates_option_or_folder_the_built_in_templates_build_the_site()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = Run("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--as-of", "2026-01-01");

        Assert.True(code == 0, stderr);
        Assert.True(site.Exists("pl/privacy/index.html"));
        Assert.True(site.Exists("assets/style.css"));
    }

    [Fact]
    public void A_templates_folder_that_does_not_exist_is_a_usage_error()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = Run("build", "--content", site.ContentDirectory, "--templates", Path.Combine(site.Root, "nope"), "--output", site.OutputDirectory);

        Assert.Equal(2, code);
        Assert.Contains("does not exist", stderr);
    }
}
