using System.Globalization;
using System.Text.RegularExpressions;
using LegalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Tests.Publishing;

/// <summary>
/// The CI recipes (docs/ci/*.yml, shown in docs/ci.md) and the GitHub Action (action.yml): shown as they are, valid
/// YAML, on actions that run on Node 24, as strict in the check as in the build, never cancelling a deploy, and with
/// an as-of date that never moves back — the recipes' own shell run here.
/// </summary>
public partial class CiRecipeTests
{
    private static string Docs => Path.Combine(RepoPaths.Root, "docs");

    private static string CiPage => File.ReadAllText(Path.Combine(Docs, "ci.md"));

    private static string Recipe(string name) => File.ReadAllText(Path.Combine(Docs, "ci", name));

    private static string ActionFile => Path.Combine(RepoPaths.Root, "action.yml");

    /// <summary>The first major of each action whose action.yml says <c>runs.using: node24</c> (cited in docs/ci.md).</summary>
    private static readonly Dictionary<string, int> Node24Majors = new()
    {
        ["actions/checkout"] = 5,
        ["actions/setup-dotnet"] = 5,
        ["actions/setup-node"] = 5,
        ["actions/upload-artifact"] = 6,
        ["actions/upload-pages-artifact"] = 5,
        ["actions/deploy-pages"] = 5,
        ["actions/configure-pages"] = 6,
    };

    [Fact]
    public void Every_recipe_file_is_shown_in_ci_md_as_it_is()
    {
        var page = CiPage.ReplaceLineEndings("\n");
        var files = Directory.GetFiles(Path.Combine(Docs, "ci"), "*.yml").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(["github-action.yml", "github-pages.yml", "gitlab-ci.yml"], files.Select(Path.GetFileName));
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var link = page.IndexOf($"](ci/{name})", StringComparison.Ordinal);
            Assert.True(link >= 0, $"docs/ci.md does not link ci/{name}");
            var block = YamlBlock().Match(page, link);
            Assert.True(block.Success, $"docs/ci.md has no yaml block after its link to ci/{name}");
            Assert.Equal(File.ReadAllText(file).ReplaceLineEndings("\n"), Body(block));
        }
    }

    [Fact]
    public void Every_yaml_block_and_file_in_the_docs_parses()
    {
        var checkedCount = 0;
        foreach (var markdown in Directory.GetFiles(Docs, "*.md", SearchOption.AllDirectories).Append(Path.Combine(RepoPaths.Root, "README.md")))
        {
            foreach (Match block in YamlBlock().Matches(File.ReadAllText(markdown).ReplaceLineEndings("\n")))
            {
                var line = File.ReadAllText(markdown).ReplaceLineEndings("\n")[..block.Index].Count(c => c == '\n') + 1;
                AssertParses(Body(block), $"{Path.GetRelativePath(RepoPaths.Root, markdown)}:{line}");
                checkedCount++;
            }
        }
        foreach (var file in Directory.GetFiles(Docs, "*.y*ml", SearchOption.AllDirectories).Append(ActionFile))
        {
            AssertParses(File.ReadAllText(file), Path.GetRelativePath(RepoPaths.Root, file));
            checkedCount++;
        }
        Assert.True(checkedCount >= 8, $"only {checkedCount} YAML texts found");
    }

    [Fact]
    public void Every_action_the_recipes_and_the_action_use_runs_on_Node_24()
    {
        var texts = Directory.GetFiles(Path.Combine(Docs, "ci"), "github-*.yml").Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .Append(("action.yml", File.ReadAllText(ActionFile))).Append(("docs/ci.md", CiPage));
        var seen = new HashSet<string>();
        foreach (var (name, text) in texts)
        {
            foreach (Match use in Uses().Matches(text))
            {
                var action = use.Groups["action"].Value;
                if (action is "your-org/legalgen" or "<owner>/legalgen") continue;
                Assert.True(Node24Majors.TryGetValue(action, out var first),
                    $"{name} uses {action}, whose first Node 24 major is not known here: look it up and add it (and to docs/ci.md)");
                var major = int.Parse(use.Groups["major"].Value, CultureInfo.InvariantCulture);
                Assert.True(major >= first, $"{name} uses {action}@v{major}, which runs on Node 20 or older: use v{first} or later");
                seen.Add(action);
            }
        }
        Assert.Superset(new HashSet<string> { "actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/upload-artifact",
            "actions/upload-pages-artifact", "actions/deploy-pages" }, seen);
    }

    [Fact]
    public void The_GitHub_recipes_check_as_strictly_as_they_build_and_never_cancel_a_deploy()
    {
        foreach (var name in new[] { "github-pages.yml", "github-action.yml" })
        {
            var workflow = Load(Recipe(name));
            var on = (YamlMappingNode)workflow["on"];
            Assert.Contains("schedule", on.Children.Keys.Select(k => k.ToString()));
            Assert.Contains("workflow_dispatch", on.Children.Keys.Select(k => k.ToString()));

            var jobs = (YamlMappingNode)workflow["jobs"];
            var deploy = (YamlMappingNode)jobs["deploy"];
            var concurrency = (YamlMappingNode)deploy["concurrency"];
            Assert.Equal("pages", concurrency["group"].ToString());
            Assert.Equal("false", concurrency["cancel-in-progress"].ToString());
            // A run of main is never cancelled by the next one: only pull requests' runs are.
            Assert.Equal("${{ github.event_name == 'pull_request' }}", ((YamlMappingNode)workflow["concurrency"])["cancel-in-progress"].ToString());
        }

        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Load(Recipe("github-pages.yml"))["jobs"])["build"])["steps"])
            .Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        var check = Assert.Single(runs, r => r.Contains("legalgen check", StringComparison.Ordinal));
        var build = Assert.Single(runs, r => r.Contains("legalgen build", StringComparison.Ordinal));
        foreach (var command in new[] { check, build })
        {
            Assert.Contains("--strict", command);
            Assert.Contains("--format github", command);
            Assert.Contains("--as-of \"$AS_OF\"", command);
        }
        Assert.True(runs.IndexOf(check) < runs.IndexOf(build));
        Assert.All(steps.Where(s => s.Children.ContainsKey("env")), s => Assert.Equal("${{ steps.as-of.outputs.date }}", ((YamlMappingNode)s["env"])["AS_OF"].ToString()));
    }

    [Fact]
    public void The_GitLab_recipe_links_its_preview_publishes_only_the_default_branch_and_names_a_default_image()
    {
        var pipeline = Load(Recipe("gitlab-ci.yml"));
        var variables = (YamlMappingNode)pipeline["variables"];
        Assert.Matches(@"^[\w.-]+(/[\w.-]+)+:10\.0$", variables["DOTNET_SDK_IMAGE"].ToString());
        Assert.Equal("$DOTNET_SDK_IMAGE", pipeline["image"].ToString());

        var preview = (YamlMappingNode)pipeline["preview"];
        var artifacts = (YamlMappingNode)preview["artifacts"];
        Assert.Equal("site preview", artifacts["expose_as"].ToString());
        // expose_as links a folder only when its path ends with a slash.
        Assert.All((YamlSequenceNode)artifacts["paths"], p => Assert.EndsWith("/", p.ToString()));

        var pagesRules = ((YamlSequenceNode)((YamlMappingNode)pipeline["pages"])["rules"]).Cast<YamlMappingNode>().ToList();
        Assert.All(pagesRules, r => Assert.Contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", r["if"].ToString()));

        var scripts = new[] { "check", "preview", "pages" }
            .SelectMany(job => ((YamlSequenceNode)((YamlMappingNode)pipeline[job])["script"]).Select(s => s.ToString()))
            .Where(s => s.Contains("dotnet legalgen", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, scripts.Count);
        Assert.All(scripts, s => Assert.Contains("--strict", s));
        Assert.All(scripts, s => Assert.Contains("--as-of \"$AS_OF\"", s));
    }

    [GitFact]
    public void The_recipes_as_of_date_is_the_later_of_today_and_the_last_commit()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var githubStep = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Load(Recipe("github-pages.yml"))["jobs"])["build"])["steps"])
            .Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("id") && s["id"].ToString() == "as-of")["run"].ToString();
        var gitlabLine = ((YamlSequenceNode)((YamlMappingNode)Load(Recipe("gitlab-ci.yml"))["default"])["before_script"])
            .Select(s => s.ToString()).Single(s => s.Contains("AS_OF", StringComparison.Ordinal));

        foreach (var (commit, expected) in new[] { (new DateTimeOffset(2001, 2, 3, 12, 0, 0, TimeSpan.Zero), today),
                     (new DateTimeOffset(DateTime.UtcNow.Year + 5, 6, 7, 12, 0, 0, TimeSpan.Zero), $"{DateTime.UtcNow.Year + 5}-06-07") })
        {
            var repository = Path.Combine(Path.GetTempPath(), "legalgen-tests", "as-of-" + Guid.NewGuid().ToString("N"));
            try
            {
                ToolProcess.CommitSample(repository, commit);
                var output = Path.Combine(repository, "github-output");
                File.WriteAllText(output, "");
                ToolProcess.RunOk("bash", ["-euo", "pipefail", "-c", githubStep], repository, TimeSpan.FromMinutes(1), ("GITHUB_OUTPUT", output));
                Assert.Equal($"date={expected}\n", File.ReadAllText(output));

                var printed = ToolProcess.RunOk("sh", ["-c", gitlabLine + "\necho \"AS_OF=$AS_OF\""], repository, TimeSpan.FromMinutes(1));
                Assert.Equal($"AS_OF={expected}", printed.Trim());
            }
            finally
            {
                ToolProcess.DeleteQuietly(repository);
            }
        }
    }

    [Fact]
    public void The_action_has_the_documented_inputs_and_outputs_and_runs_its_script()
    {
        var action = Load(File.ReadAllText(ActionFile));
        var inputs = (YamlMappingNode)action["inputs"];
        string Default(string input) => ((YamlMappingNode)inputs[input]).Children.TryGetValue("default", out var value) ? value.ToString() : "";
        Assert.Equal(["content", "templates", "output", "base-url", "as-of", "strict", "search", "pdf", "legalgen-source", "legalgen-version", "dotnet-version"],
            inputs.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("content", Default("content"));
        Assert.Equal("_site", Default("output"));
        Assert.Equal("", Default("as-of"));
        Assert.Equal("true", Default("strict"));
        Assert.Equal("auto", Default("search"));
        Assert.Equal("false", Default("pdf"));
        Assert.Equal("repository", Default("legalgen-source"));
        Assert.Equal(["site", "as-of"], ((YamlMappingNode)action["outputs"]).Children.Keys.Select(k => k.ToString()));

        var runs = (YamlMappingNode)action["runs"];
        Assert.Equal("composite", runs["using"].ToString());
        var script = Assert.Single(((YamlSequenceNode)runs["steps"]).Cast<YamlMappingNode>(), s => s.Children.ContainsKey("run"));
        Assert.Equal("bash \"$GITHUB_ACTION_PATH/action/legalgen-action.sh\"", script["run"].ToString());
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "action", "legalgen-action.sh")));
        // Every input reaches the script, under the name it reads.
        var env = (YamlMappingNode)script["env"];
        foreach (var input in inputs.Children.Keys.Select(k => k.ToString()).Where(i => i != "dotnet-version"))
            Assert.Equal($"${{{{ inputs.{input} }}}}", env["INPUT_" + input.Replace('-', '_').ToUpperInvariant()].ToString());

        // docs/ci.md's table of inputs names every one of them.
        foreach (var input in inputs.Children.Keys.Select(k => k.ToString()))
            Assert.Contains($"| `{input}` |", CiPage);
    }

    [Theory]
    [InlineData("INPUT_SEARCH", "sometimes", "search is 'sometimes'")]
    [InlineData("INPUT_STRICT", "yes", "strict is 'yes'")]
    [InlineData("INPUT_PDF", "1", "pdf is '1'")]
    [InlineData("INPUT_AS_OF", "1.2.2026", "as-of is '1.2.2026'")]
    [InlineData("INPUT_CONTENT", "no-such-folder", "content is 'no-such-folder'")]
    public void The_action_stops_on_a_wrong_input_before_installing_anything(string variable, string value, string message)
    {
        var workspace = Path.Combine(Path.GetTempPath(), "legalgen-tests", "action-input-" + Guid.NewGuid().ToString("N"));
        try
        {
            ToolProcess.CopyFolder(RepoPaths.SampleContent, Path.Combine(workspace, "content"));
            var runnerTemp = Path.Combine(workspace, "runner-temp");
            var result = ToolProcess.Run("bash", [Path.Combine(RepoPaths.Root, "action", "legalgen-action.sh")], workspace, TimeSpan.FromMinutes(1),
                (variable, value), ("RUNNER_TEMP", runnerTemp), ("GITHUB_ACTION_PATH", RepoPaths.Root));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("::error title=LegalGen action::" + message, result.Err);
            Assert.False(Directory.Exists(Path.Combine(runnerTemp, "legalgen")), "nothing is installed");
        }
        finally
        {
            ToolProcess.DeleteQuietly(workspace);
        }
    }

    private static string Body(Match block)
    {
        var indent = block.Groups["indent"].Value;
        return string.Concat(block.Groups["body"].Value.Split('\n').Select((line, i) => (i == 0 ? "" : "\n") + (line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line)));
    }

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static void AssertParses(string text, string where)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            Assert.NotEmpty(stream.Documents);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            Assert.Fail($"{where}: the YAML does not parse: {e.Message}");
        }
    }

    /// <summary>A fenced yaml block, at the left margin or indented (in a list); <see cref="Body"/> gives its text.</summary>
    [GeneratedRegex(@"^(?<indent>[ ]*)```ya?ml\n(?<body>.*?)^\k<indent>```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"uses:\s*(?<action>[\w.<>-]+/[\w.-]+)@v(?<major>\d+)")]
    private static partial Regex Uses();
}
