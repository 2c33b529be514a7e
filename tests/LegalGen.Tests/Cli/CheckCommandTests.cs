using System.Text.Json;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class CheckCommandTests
{
    private static string[] CheckArgs(TestSite site, params string[] extra) =>
        ["check", "--content", site.ContentDirectory, "--templates", site.TemplatesDirectory!, "--as-of", "2026-01-01", .. extra];

    private static TestSite SiteWithTwoMistakes() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: x")
        .Version("terms/2024-01-01.pl.md", "title: Regulamin\ndraft: maybe");

    [Fact]
    public void A_clean_site_checks_with_exit_0_and_nothing_written()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, stdout, stderr) = CliRunner.Run(CheckArgs(site));

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.Matches(@"^Checked 1 policy, 1 version, 2 languages: 12 pages in \d+ ms \(as of 2026-01-01\): no problems found; nothing was written\.\n$", stdout);
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void Every_mistake_is_printed_at_once_with_its_line_a_caret_and_a_hint_then_a_count()
    {
        using var site = SiteWithTwoMistakes();

        var (code, stdout, stderr) = CliRunner.Run(CheckArgs(site));

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal(
            """
            privacy/2024-01-01.pl.md:3:1: error LG009: unknown key 'sumary' in the front matter
                3 | sumary: x
                  | ^^^^^^
                hint: did you mean 'summary'?

            terms/2024-01-01.pl.md:3:8: error LG011: 'draft' must be true or false
                3 | draft: maybe
                  |        ^^^^^
                hint: write 'draft: true' or 'draft: false' (without quotes)

            2 errors, 0 warnings.
            Check failed: fix the problems above, then run the check again.

            """,
            stderr);
    }

    [Fact]
    public void A_template_error_that_shows_only_when_rendering_fails_the_check()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka").UseCopyOfTemplates();
        File.AppendAllText(Path.Combine(site.TemplatesDirectory!, "version.sbn"), "\n{{ version.no_such.thing }}\n");

        var (code, _, stderr) = CliRunner.Run(CheckArgs(site));

        Assert.Equal(1, code);
        Assert.Contains("version.sbn:", stderr);
        Assert.Contains("error LG020: template error", stderr);
        Assert.Contains("| {{ version.no_such.thing }}", stderr);
    }

    [Fact]
    public void Warnings_are_shown_and_fail_only_a_strict_check()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka").Write("privacy/notes.txt", "x");

        var relaxed = CliRunner.Run(CheckArgs(site));
        var strict = CliRunner.Run(CheckArgs(site, "--strict"));

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains("privacy/notes.txt:1:1: warning LG015", relaxed.Err);
        Assert.Contains("0 errors, 1 warning.", relaxed.Err);
        Assert.Contains("no errors; nothing was written", relaxed.Out);
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void The_github_format_prints_annotations_naming_files_as_the_repository_does()
    {
        using var site = SiteWithTwoMistakes();
        var content = Path.GetRelativePath(Environment.CurrentDirectory, site.ContentDirectory).Replace('\\', '/');

        var (code, stdout, _) = CliRunner.Run(["check", "--content", content, "--templates", RepoPaths.Templates, "--format", "github"]);

        Assert.Equal(1, code);
        Assert.Equal(
            $"::error file={content}/privacy/2024-01-01.pl.md,line=3,col=1,title=LG009::unknown key 'sumary' in the front matter%0Ahint: did you mean 'summary'?\n"
            + $"::error file={content}/terms/2024-01-01.pl.md,line=3,col=8,title=LG011::'draft' must be true or false%0Ahint: write 'draft: true' or 'draft: false' (without quotes)\n",
            stdout);
    }

    [Fact]
    public void The_json_format_prints_only_a_json_array_on_standard_output()
    {
        using var site = SiteWithTwoMistakes();

        var (code, stdout, stderr) = CliRunner.Run(CheckArgs(site, "--format", "json"));

        Assert.Equal(1, code);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var first = items[0];
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("LG009", first.GetProperty("code").GetString());
        Assert.Equal(site.ContentDirectory.Replace('\\', '/') + "/privacy/2024-01-01.pl.md", first.GetProperty("file").GetString());
        Assert.Equal(3, first.GetProperty("line").GetInt32());
        Assert.Equal(1, first.GetProperty("column").GetInt32());
        Assert.Equal("unknown key 'sumary' in the front matter", first.GetProperty("message").GetString());
        Assert.Equal("did you mean 'summary'?", first.GetProperty("hint").GetString());
        Assert.Contains("2 errors, 0 warnings.", stderr);
    }

    [Fact]
    public void A_successful_json_check_prints_an_empty_array_and_its_summary_on_standard_error()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, stdout, stderr) = CliRunner.Run(CheckArgs(site, "--format", "json"));

        Assert.Equal(0, code);
        Assert.Equal("[]\n", stdout);
        Assert.StartsWith("Checked 1 policy", stderr);
    }

    [Fact]
    public void A_colour_terminal_gets_colours_and_redirected_output_none()
    {
        using var site = SiteWithTwoMistakes();

        var coloured = CliRunner.RunColoured(CheckArgs(site));
        var plain = CliRunner.Run(CheckArgs(site));

        Assert.Contains("\u001b[", coloured.Err);
        Assert.DoesNotContain("\u001b[", plain.Err);
        Assert.Equal(plain.Err, System.Text.RegularExpressions.Regex.Replace(coloured.Err, "\u001b\\[[0-9;]*m", ""));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--as-of", "someday")]
    [InlineData("--output", "x")]
    public void Usage_errors_exit_2(params string[] extra)
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = CliRunner.Run(["check", "--content", site.ContentDirectory, "--templates", RepoPaths.Templates, .. extra]);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }

    [Fact]
    public void A_missing_templates_folder_is_a_usage_error()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");

        var (code, _, stderr) = CliRunner.Run("check", "--content", site.ContentDirectory, "--templates", Path.Combine(site.Root, "nope"));

        Assert.Equal(2, code);
        Assert.Contains("the templates folder", stderr);
    }
}
