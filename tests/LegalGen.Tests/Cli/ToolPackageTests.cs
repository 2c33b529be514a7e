using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

/// <summary>
/// The CLI packs as the .NET tool <c>legalgen</c> (the package the action's run made, reused: packing takes about a
/// minute and a half), installs from it, and builds a site in a folder that has content but no templates; and the
/// path docs/ci.md gives a team without a public package — a folder feed in nuget.config, a tool manifest, and
/// <c>dotnet tool restore</c> in a fresh clone — works command for command.
/// Slow: <c>dotnet test --filter "Category!=Slow"</c> leaves it out.
/// </summary>
[Trait("Category", "Slow")]
[Collection(PackedToolRuns.Name)]
public class ToolPackageTests(ActionRunFixture packed)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private static string Dotnet => ToolProcess.Dotnet;

    /// <summary>Who commits in the test repositories.</summary>
    private static readonly (string, string?)[] Git = [("GIT_AUTHOR_NAME", "Editor"), ("GIT_AUTHOR_EMAIL", "editor@example.org"),
        ("GIT_COMMITTER_NAME", "Editor"), ("GIT_COMMITTER_EMAIL", "editor@example.org")];

    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_where_there_is_no_templates_folder()
    {
        var root = Path.Combine(packed.Root, "tool-path");
        var tools = Path.Combine(root, "tools");
        var repository = Path.Combine(root, "repository");
        try
        {
            // Only the package the action made is a source, and it is unpacked into a cache of its own.
            var config = FeedConfig(root);
            Run(Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", config, "LegalGen", "--version", packed.Version], root,
                ("NUGET_PACKAGES", Path.Combine(root, "nuget-cache")));

            ToolProcess.CopyFolder(RepoPaths.SampleContent, Path.Combine(repository, "content"));
            var output = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "legalgen.exe" : "legalgen"), ["build", "--as-of", "2026-01-01", "--strict"], repository);

            Assert.Contains("Built 2 policies", output);
            Assert.True(File.Exists(Path.Combine(repository, "_site", "pl", "privacy", "index.html")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Templates, "assets", "style.css")), File.ReadAllBytes(Path.Combine(repository, "_site", "assets", "style.css")));
            Assert.False(Directory.Exists(Path.Combine(repository, "templates")));

            // The package carries the in-browser comparison's engine, and the site gets it.
            Assert.True(File.Exists(Path.Combine(repository, "_site", "assets", "compare", "_framework", "dotnet.js")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(repository, "_site", "assets", "compare", "_framework"), "*.wasm"));

            // The package carries Playwright's driver, which prints PDFs with the machine's browser, where it has one.
            if (ChromiumFactAttribute.Browser is { } browser)
            {
                Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "legalgen.exe" : "legalgen"),
                    ["build", "--as-of", "2026-01-01", "--pdf", "--pdf-browser", browser, "--output", "_site-pdf"], repository);
                Assert.True(File.Exists(Path.Combine(repository, "_site-pdf", "en", "privacy", "2023-03-01", "privacy-2023-03-01-en.pdf")));
            }
        }
        finally
        {
            ToolProcess.DeleteQuietly(root);
        }
    }

    [GitFact]
    [Trait("Category", "Slow")]
    public void The_documented_folder_feed_and_tool_manifest_restore_the_tool_in_a_fresh_clone()
    {
        var root = Path.Combine(packed.Root, "manifest");
        var repository = Path.Combine(root, "legal-docs");
        var clone = Path.Combine(root, "clone");
        try
        {
            // docs/ci.md, "Installing LegalGen in CI", command for command.
            ToolProcess.CopyFolder(RepoPaths.SampleContent, Path.Combine(repository, "content"));
            Directory.CreateDirectory(Path.Combine(repository, "packages"));
            File.Copy(packed.Package, Path.Combine(repository, "packages", Path.GetFileName(packed.Package)));
            // A home of its own for each machine: the SDK remembers where it found a local tool's version (toolResolverCache),
            // and a package of the same version installed here before must not answer for this one.
            var home = ("DOTNET_CLI_HOME", Path.Combine(root, "home-1"));
            Run(Dotnet, ["new", "nugetconfig"], repository, home);
            Run(Dotnet, ["nuget", "add", "source", "packages", "--name", "legalgen", "--configfile", "nuget.config"], repository, home);
            Run(Dotnet, ["new", "tool-manifest"], repository, home);
            Run(Dotnet, ["tool", "install", "LegalGen", "--version", packed.Version], repository, ("NUGET_PACKAGES", Path.Combine(root, "cache-1")), home);

            // The .NET 10 SDK writes the manifest at the top of the repository, not under .config/.
            Assert.True(File.Exists(Path.Combine(repository, "dotnet-tools.json")));
            Assert.False(Directory.Exists(Path.Combine(repository, ".config")));
            Assert.Contains($"\"version\": \"{packed.Version}\"", File.ReadAllText(Path.Combine(repository, "dotnet-tools.json")));

            ToolProcess.RunOk("git", ["init", "-q"], repository, StepTimeout, Git);
            ToolProcess.RunOk("git", ["add", "nuget.config", "dotnet-tools.json", "packages", "content"], repository, StepTimeout, Git);
            ToolProcess.RunOk("git", ["commit", "-q", "-m", "LegalGen as a local tool"], repository, StepTimeout, Git);

            // A clean clone, with nothing in the package cache: restore, then the tool runs as CI runs it.
            ToolProcess.RunOk("git", ["clone", "-q", repository, clone], root, StepTimeout);
            var cache = ("NUGET_PACKAGES", Path.Combine(root, "cache-2"));
            var cleanHome = ("DOTNET_CLI_HOME", Path.Combine(root, "home-2"));
            Assert.Contains("Restore was successful", Run(Dotnet, ["tool", "restore"], clone, cache, cleanHome));
            Assert.Contains("LegalGen builds a static website", Run(Dotnet, ["legalgen", "--help"], clone, cache, cleanHome));
            Assert.Contains("Built 2 policies", Run(Dotnet, ["legalgen", "build", "--strict", "--as-of", "2026-01-01"], clone, cache, cleanHome));
        }
        finally
        {
            ToolProcess.DeleteQuietly(root);
        }
    }

    [GitFact]
    [Trait("Category", "Slow")]
    public void A_repository_started_by_the_installed_tool_restores_it_in_a_fresh_clone_and_builds_with_strict()
    {
        var root = Path.Combine(packed.Root, "init");
        var repository = Path.Combine(root, "legal-docs");
        var clone = Path.Combine(root, "clone");
        try
        {
            // The tool installed as a team member installs it (a manifest restored from a feed), then `dotnet legalgen init`.
            var config = FeedConfig(root);
            // A home of its own: the SDK remembers where it found a local tool's version (toolResolverCache), and another
            // package of the same version installed on this machine before must not answer for this one.
            var home = ("DOTNET_CLI_HOME", Path.Combine(root, "home"));
            var firstCache = ("NUGET_PACKAGES", Path.Combine(root, "cache-1"));
            Run(Dotnet, ["new", "tool-manifest"], root, home);
            Run(Dotnet, ["tool", "install", "--configfile", config, "LegalGen", "--version", packed.Version], root, firstCache, home);
            var init = Run(Dotnet, ["legalgen", "init", "legal-docs", "--languages", "pl,en", "--as-of", "2026-01-01"], root, firstCache, home);

            // init put its own package in the repository's folder feed, and said nothing is missing.
            var package = Path.Combine(repository, "packages", $"LegalGen.{packed.Version}.nupkg");
            Assert.True(File.Exists(package), init);
            Assert.Equal(File.ReadAllBytes(packed.Package), File.ReadAllBytes(package));
            Assert.DoesNotContain("has no package yet", init);

            ToolProcess.RunOk("git", ["init", "-q"], repository, StepTimeout, Git);
            ToolProcess.RunOk("git", ["add", "."], repository, StepTimeout, Git);
            ToolProcess.RunOk("git", ["commit", "-q", "-m", "Legal documents"], repository, StepTimeout, Git);

            // What the workflow init wrote runs: a clean clone with an empty package cache restores the tool from the
            // repository alone, then checks and builds with --strict.
            ToolProcess.RunOk("git", ["clone", "-q", repository, clone], root, StepTimeout);
            var cache = ("NUGET_PACKAGES", Path.Combine(root, "cache-2"));
            var cleanHome = ("DOTNET_CLI_HOME", Path.Combine(root, "home-2"));
            Assert.Contains("Restore was successful", Run(Dotnet, ["tool", "restore"], clone, cache, cleanHome));
            Run(Dotnet, ["legalgen", "check", "--strict", "--as-of", "2026-01-01"], clone, cache, cleanHome);
            Assert.Contains("Built 1 policy", Run(Dotnet, ["legalgen", "build", "--strict", "--no-search", "--as-of", "2026-01-01"], clone, cache, cleanHome));
        }
        finally
        {
            ToolProcess.DeleteQuietly(root);
        }
    }

    /// <summary>A nuget.config in <paramref name="root"/> whose only source is the folder the package was packed into.</summary>
    private string FeedConfig(string root)
    {
        var config = Path.Combine(root, "nuget.config");
        Directory.CreateDirectory(root);
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{packed.Feed}" /></packageSources></configuration>
            """);
        return config;
    }

    private static string Run(string program, string[] arguments, string workingDirectory, params (string Name, string? Value)[] environment)
        => ToolProcess.RunOk(program, arguments, workingDirectory, StepTimeout, environment);
}
