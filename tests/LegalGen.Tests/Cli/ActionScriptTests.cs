using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

/// <summary>
/// The GitHub Action's script (action/legalgen-action.sh) run end to end as GitHub runs it: environment variables for
/// the inputs, GITHUB_OUTPUT and GITHUB_PATH files, RUNNER_TEMP, the action's checkout as GITHUB_ACTION_PATH.
/// Slow (it packs LegalGen): <c>dotnet test --filter "Category!=Slow"</c> leaves it out.
/// </summary>
[Trait("Category", "Slow")]
[Collection(PackedToolRuns.Name)]
public class ActionScriptTests(ActionRunFixture run)
{
    [Fact]
    public void The_action_builds_LegalGen_from_its_checkout_then_checks_and_builds_the_site_and_writes_its_outputs()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.ToString());
        var site = Path.Combine(run.Workspace, "_site");
        var asOf = ActionRunFixture.Date(ActionRunFixture.CommitDate);
        // The commit is dated after today, so it gives the as-of date; outputs are written as GitHub reads them.
        Assert.Equal($"site={site}\nas-of={asOf}\n", File.ReadAllText(run.GithubOutput));
        Assert.True(File.Exists(Path.Combine(site, "pl", "privacy", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, ".legalgen")));

        // The check ran before the build, strict and as GitHub annotations, with the same as-of date.
        var output = run.Result.Out;
        var check = output.IndexOf($"::group::legalgen check --content content --as-of {asOf} --format github --strict", StringComparison.Ordinal);
        var build = output.IndexOf($"::group::legalgen build --content content --as-of {asOf} --format github --strict --output _site", StringComparison.Ordinal);
        Assert.True(check >= 0 && build > check, output);
        Assert.Contains("no problems found", output);

        // Later steps of the job find the installed tool on their PATH.
        var tools = File.ReadAllText(run.GithubPath).Trim();
        Assert.True(File.Exists(Path.Combine(tools, "legalgen")), tools);
        Assert.StartsWith(run.RunnerTemp, tools, StringComparison.Ordinal);
    }

    [Fact]
    public void The_action_installs_LegalGen_from_a_feed_folder_and_passes_on_its_inputs()
    {
        var workspace = Path.Combine(run.Root, "feed-workspace");
        var output = Path.Combine(run.Root, "feed-output");
        try
        {
            ToolProcess.CopyFolder(RepoPaths.SampleContent, Path.Combine(workspace, "legal"));
            ToolProcess.CopyFolder(RepoPaths.Templates, Path.Combine(workspace, "look"));
            File.AppendAllText(Path.Combine(workspace, "look", "assets", "style.css"), "\n/* this site's own look */\n");
            File.WriteAllText(output, "");
            var result = ToolProcess.Run("bash", [Path.Combine(RepoPaths.Root, "action", "legalgen-action.sh")], workspace, TimeSpan.FromMinutes(5),
                ("GITHUB_ACTION_PATH", RepoPaths.Root), ("RUNNER_TEMP", Path.Combine(run.Root, "feed-runner-temp")), ("GITHUB_OUTPUT", output),
                ("GITHUB_PATH", null), ("INPUT_CONTENT", "legal"), ("INPUT_TEMPLATES", "look"), ("INPUT_OUTPUT", "public"),
                ("INPUT_BASE_URL", "https://legal.example.org/docs/"), ("INPUT_AS_OF", "2026-01-01"), ("INPUT_STRICT", "false"),
                ("INPUT_SEARCH", "off"), ("INPUT_LEGALGEN_SOURCE", run.Feed), ("INPUT_LEGALGEN_VERSION", run.Version));
            Assert.True(result.ExitCode == 0, result.ToString());

            var site = Path.Combine(workspace, "public");
            Assert.Equal($"site={site}\nas-of=2026-01-01\n", File.ReadAllText(output));
            Assert.Contains($"Tool 'legalgen' (version '{run.Version}') was successfully installed", result.Out);
            Assert.Contains("this site's own look", File.ReadAllText(Path.Combine(site, "assets", "style.css")));
            Assert.Contains("https://legal.example.org/docs/", File.ReadAllText(Path.Combine(site, "sitemap.xml")));
            Assert.DoesNotContain("--strict", result.Out);
            Assert.Contains("--no-search", result.Out);
            Assert.False(Directory.Exists(Path.Combine(site, "pagefind")));
        }
        finally
        {
            ToolProcess.DeleteQuietly(workspace);
        }
    }
}
