using System.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

/// <summary>
/// The CLI packs as the .NET tool <c>legalgen</c>, installs from the package, and builds a site in a folder
/// that has content but no templates. Slow (a Release build, a pack and an install):
/// <c>dotnet test --filter "Category!=Slow"</c> leaves it out.
/// </summary>
[Trait("Category", "Slow")]
public class ToolPackageTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_packed_tool_installs_and_builds_a_site_where_there_is_no_templates_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "tool-" + Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(root, "nupkg");
        var tools = Path.Combine(root, "tools");
        var repository = Path.Combine(root, "repository");
        try
        {
            // Built under the temporary folder (--artifacts-path), so the repository's bin/ and obj/ are left alone.
            Run(Dotnet, ["pack", Path.Combine(RepoPaths.Root, "src", "LegalGen.Cli", "LegalGen.Cli.csproj"), "-c", "Release",
                "-o", packages, "--artifacts-path", Path.Combine(root, "artifacts")], root);
            var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(packages, "LegalGen.*.nupkg")));
            var version = package["LegalGen.".Length..];

            // Only the package just made is a source, and it is unpacked into a cache of its own.
            var config = Path.Combine(root, "nuget.config");
            File.WriteAllText(config, $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration><packageSources><clear /><add key="local" value="{packages}" /></packageSources></configuration>
                """);
            Run(Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", config, "LegalGen", "--version", version], root,
                ("NUGET_PACKAGES", Path.Combine(root, "nuget-cache")));

            CopyFolder(RepoPaths.SampleContent, Path.Combine(repository, "content"));
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
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs a program to completion and returns its output; fails with everything it printed when it fails.</summary>
    private static string Run(string program, string[] arguments, string workingDirectory, params (string Name, string Value)[] environment)
    {
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The test host's MSBuild settings would steer the inner build; start it clean.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{program} {string.Join(' ', arguments)}' did not finish within {StepTimeout.TotalMinutes} minutes");
        }

        var output = stdout.Result + stderr.Result;
        Assert.True(process.ExitCode == 0, $"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}:\n{output}");
        return output;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
