using System.Globalization;

namespace LegalGen.Tests.Support;

/// <summary>
/// The LegalGen action's script run once as GitHub runs it, with its default source (<c>repository</c>: LegalGen packed
/// from this checkout, as <c>GITHUB_ACTION_PATH</c>), on a git repository of the sample content whose last commit is
/// dated after today. The folder feed it packed into is reused by the tests of the tool package, so the slow pack
/// (a Release build of the CLI and the compare engine, about a minute and a half) happens once.
/// </summary>
public sealed class ActionRunFixture : IDisposable
{
    public static readonly DateTimeOffset CommitDate = new(DateTime.UtcNow.Year + 5, 6, 7, 12, 0, 0, TimeSpan.Zero);

    public ActionRunFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "action-" + Guid.NewGuid().ToString("N"));
        Workspace = Path.Combine(Root, "workspace");
        RunnerTemp = Path.Combine(Root, "runner-temp");
        GithubOutput = Path.Combine(Root, "github-output");
        GithubPath = Path.Combine(Root, "github-path");
        ToolProcess.CommitSample(Workspace, CommitDate);
        Directory.CreateDirectory(RunnerTemp);
        File.WriteAllText(GithubOutput, "");
        File.WriteAllText(GithubPath, "");
        Result = ToolProcess.Run("bash", [Path.Combine(RepoPaths.Root, "action", "legalgen-action.sh")], Workspace, TimeSpan.FromMinutes(10),
            ("GITHUB_ACTION_PATH", RepoPaths.Root), ("GITHUB_WORKSPACE", Workspace), ("RUNNER_TEMP", RunnerTemp),
            ("GITHUB_OUTPUT", GithubOutput), ("GITHUB_PATH", GithubPath), ("GITHUB_ACTIONS", "true"),
            ("INPUT_CONTENT", "content"), ("INPUT_TEMPLATES", ""), ("INPUT_OUTPUT", "_site"), ("INPUT_BASE_URL", ""), ("INPUT_AS_OF", ""),
            ("INPUT_STRICT", "true"), ("INPUT_SEARCH", "auto"), ("INPUT_PDF", "false"), ("INPUT_LEGALGEN_SOURCE", "repository"),
            ("INPUT_LEGALGEN_VERSION", ""));
    }

    public string Root { get; }

    public string Workspace { get; }

    public string RunnerTemp { get; }

    public string GithubOutput { get; }

    public string GithubPath { get; }

    public ToolProcess.Result Result { get; }

    /// <summary>The folder feed the action packed LegalGen into.</summary>
    public string Feed => Path.Combine(RunnerTemp, "legalgen", "feed");

    public string Package => Assert.Single(Directory.GetFiles(Feed, "LegalGen.*.nupkg"));

    public string Version => Path.GetFileNameWithoutExtension(Package)["LegalGen.".Length..];

    public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => ToolProcess.DeleteQuietly(Root);
}

[CollectionDefinition(Name)]
public sealed class PackedToolRuns : ICollectionFixture<ActionRunFixture>
{
    public const string Name = "The action run and the tool package it made";
}
