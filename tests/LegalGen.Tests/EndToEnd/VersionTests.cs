using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary><c>legalgen --version</c> names the version and the commit the tool was built from; a build without git still builds.</summary>
public partial class VersionTests
{
    private static string ProjectVersion =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "src", "LegalGen.Cli", "LegalGen.Cli.csproj")).Descendants("Version").Single().Value;

    [Fact]
    public void Version_prints_the_tools_name_its_version_and_the_commit_it_was_built_from()
    {
        var result = CliProcess.Run(RepoPaths.Root, ["--version"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var match = VersionLine().Match(result.Out);
        Assert.True(match.Success, result.ToString());
        Assert.Equal(ProjectVersion, match.Groups["version"].Value);
        if (!Directory.Exists(Path.Combine(RepoPaths.Root, ".git")) && !File.Exists(Path.Combine(RepoPaths.Root, ".git"))) return;

        // Built in this repository: the commit is one of its commits (HEAD when built, perhaps an ancestor of HEAD now).
        var commit = match.Groups["commit"].Value;
        Assert.True(commit.Length == 7, $"no commit in '{result.Out.Trim()}', though the tool was built in a git repository");
        var git = Git(RepoPaths.Root, "cat-file", "-t", commit);
        Assert.True(git is null or "commit", $"'{commit}' is not a commit of this repository: {git}");
    }

    [Fact]
    public void A_build_outside_a_git_repository_gives_the_version_alone()
    {
        var root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "nogit-" + Guid.NewGuid().ToString("N"));
        try
        {
            // The CLI's project and the shared settings, without .git above them; the version is worked out without compiling.
            var project = Path.Combine(root, "src", "LegalGen.Cli");
            Directory.CreateDirectory(project);
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "LegalGen.Cli"), "*.*"))
                File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
                File.Copy(Path.Combine(RepoPaths.Root, file), Path.Combine(root, file));

            var inRepository = MsBuildVersion(Path.Combine(RepoPaths.Root, "src", "LegalGen.Cli"));
            var outside = MsBuildVersion(project);

            Assert.Equal(ProjectVersion, outside);
            if (Directory.Exists(Path.Combine(RepoPaths.Root, ".git")) || File.Exists(Path.Combine(RepoPaths.Root, ".git")))
                Assert.Matches($"^{Regex.Escape(ProjectVersion)}\\+[0-9a-f]{{7}}$", inRepository);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string MsBuildVersion(string projectFolder)
    {
        var start = new ProcessStartInfo(CliProcess.Dotnet)
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "msbuild", "LegalGen.Cli.csproj", "-nologo", "-t:AddCommitToInformationalVersion", "-getProperty:InformationalVersion" })
            start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "msbuild did not finish");
        Assert.True(process.ExitCode == 0, $"msbuild failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result.Trim();
    }

    /// <summary>What git prints, or null where there is no git program.</summary>
    private static string? Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^legalgen (?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\+(?<commit>[0-9a-f]+))?\n$")]
    private static partial Regex VersionLine();
}
