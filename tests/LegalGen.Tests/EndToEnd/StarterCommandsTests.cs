using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen init</c> and <c>legalgen templates export</c> run as a user runs them: the repository init writes builds
/// and checks with <c>--strict</c> at once; neither command overwrites work unless told to; the exported templates
/// build the same bytes as the built-in ones.
/// </summary>
public sealed class StarterCommandsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "starter-" + Guid.NewGuid().ToString("N"));

    public StarterCommandsTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private static ToolProcess.Result Run(string folder, params string[] arguments) =>
        CliProcess.Run(folder, arguments, ("SOURCE_DATE_EPOCH", "1767225600"), ("LEGALGEN_PAGEFIND", null));

    [Fact]
    public void Init_writes_a_repository_that_builds_and_checks_with_strict_at_once()
    {
        var init = Run(_root, "init", "legal", "--languages", "pl,en");
        var repository = Path.Combine(_root, "legal");

        Assert.True(init.ExitCode == 0, init.ToString());
        string[] expected =
        [
            "content/site.yml", "content/privacy/2026-01-01.pl.md", "content/privacy/2026-01-01.en.md", "README.md",
            ".github/workflows/legal.yml", ".githooks/pre-commit", ".gitignore", "package.json", "package-lock.json", "dotnet-tools.json", "nuget.config",
        ];
        foreach (var path in expected)
        {
            Assert.True(File.Exists(Path.Combine(repository, path)), $"{path} was not written\n{init}");
            Assert.Contains("  " + path + "\n", init.Out);
        }

        Assert.Contains("git config core.hooksPath .githooks", init.Out);
        // The workflow is the GitHub recipe of docs/ci.md, byte for byte; run from a build, init has no package of its own to add.
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ci", "github-pages.yml")).ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(repository, ".github", "workflows", "legal.yml")));
        Assert.Contains("<add key=\"legalgen\" value=\"packages\" />", File.ReadAllText(Path.Combine(repository, "nuget.config")));
        Assert.False(Directory.Exists(Path.Combine(repository, "packages")));
        // npm ci in the workflow installs the Pagefind the site checks run with: the same version and checksums.
        Assert.Equal(PagefindPins(Path.Combine(RepoPaths.Root, "tests", "site-checks", "package-lock.json")), PagefindPins(Path.Combine(repository, "package-lock.json")));
        Assert.Contains("packages/ has no package yet", init.Out);
        Assert.Contains("default_language: pl", File.ReadAllText(Path.Combine(repository, "content", "site.yml")));
        Assert.Contains("languages: [pl, en]", File.ReadAllText(Path.Combine(repository, "content", "site.yml")));
        Assert.Contains("title: Polityka prywatności", File.ReadAllText(Path.Combine(repository, "content", "privacy", "2026-01-01.pl.md")));
        Assert.Contains("title: Privacy policy", File.ReadAllText(Path.Combine(repository, "content", "privacy", "2026-01-01.en.md")));
        Assert.Contains("legalgen check --strict", File.ReadAllText(Path.Combine(repository, ".githooks", "pre-commit")));
        Assert.Contains("_site/", File.ReadAllLines(Path.Combine(repository, ".gitignore")));
        Assert.Contains("\"version\": \"" + VersionWithoutCommit() + "\"", File.ReadAllText(Path.Combine(repository, "dotnet-tools.json")));
        if (!OperatingSystem.IsWindows())
            Assert.True(File.GetUnixFileMode(Path.Combine(repository, ".githooks", "pre-commit")).HasFlag(UnixFileMode.UserExecute));

        var build = Run(repository, "build", "--strict", "--no-search");
        var check = Run(repository, "check", "--strict");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(repository, "_site", "pl", "privacy", "index.html")));
        Assert.True(File.Exists(Path.Combine(repository, "_site", "en", "privacy", "index.html")));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("no problems found", check.Out);
    }

    [GitFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_pre_commit_hook_init_writes_refuses_a_commit_whose_staged_content_fails_the_strict_check()
    {
        Assert.Equal(0, Run(_root, "init").ExitCode);
        // 'legalgen' on the PATH, as a user who installed the tool has it.
        var bin = Path.Combine(_root, ".bin");
        Directory.CreateDirectory(bin);
        var shim = Path.Combine(bin, "legalgen");
        File.WriteAllText(shim, $"#!/bin/sh\nexec \"{CliProcess.Dotnet}\" \"{CliProcess.Dll}\" \"$@\"\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Shell("git init -q && git add .");
        var version = Path.Combine(_root, "content", "privacy", "2026-01-01.en.md");

        var clean = Shell(".githooks/pre-commit", bin);
        File.WriteAllText(version, File.ReadAllText(version).Replace("title:", "titel: x\ntitle:", StringComparison.Ordinal));
        var unstaged = Shell(".githooks/pre-commit", bin);
        Shell("git add content");
        var staged = Shell(".githooks/pre-commit", bin);

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(unstaged.ExitCode == 0, unstaged.ToString());
        Assert.Equal(1, staged.ExitCode);
        Assert.Contains("LG009", staged.Out + staged.Err);
    }

    private ToolProcess.Result Shell(string script, string? path = null)
    {
        var searchPath = Environment.GetEnvironmentVariable("PATH");
        if (path is not null) searchPath = path + Path.PathSeparator + searchPath;
        return ToolProcess.Run("/bin/sh", ["-c", script], _root, CliProcess.Timeout, ("SOURCE_DATE_EPOCH", "1767225600"), ("PATH", searchPath));
    }

    [Fact]
    public void Init_in_the_current_folder_defaults_to_English_and_a_language_without_interface_strings_is_a_usage_error()
    {
        var init = Run(_root, "init");
        var unknown = Run(_root, "init", "other", "--languages", "pl,tlh");

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(File.Exists(Path.Combine(_root, "content", "privacy", "2026-01-01.en.md")));
        Assert.Contains("languages: [en]", File.ReadAllText(Path.Combine(_root, "content", "site.yml")));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("'tlh'", unknown.Err);
        Assert.Contains("--languages", unknown.Err);
        Assert.False(Directory.Exists(Path.Combine(_root, "other")));
    }

    [Fact]
    public void Init_refuses_to_overwrite_files_names_them_and_writes_nothing_unless_forced()
    {
        var readme = Path.Combine(_root, "README.md");
        File.WriteAllText(readme, "Our own README.\n");

        var refused = Run(_root, "init");
        var forced = Run(_root, "init", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("  README.md\n", refused.Err);
        Assert.DoesNotContain("content/site.yml", refused.Err);
        Assert.Contains("--force", refused.Err);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("Legal documents", File.ReadAllText(readme));
        Assert.True(File.Exists(Path.Combine(_root, "content", "site.yml")));
    }

    [Fact]
    public void Templates_export_writes_the_built_in_templates_which_build_the_same_site_byte_for_byte()
    {
        using var repo = new SampleRepository(withTemplates: false);
        var exported = Path.Combine(_root, "my-templates");

        var export = repo.Run("templates", "export", exported);
        var builtIn = repo.Run("build", "--no-search", "--output", Path.Combine(_root, "built-in"));
        var fromFolder = repo.Run("build", "--no-search", "--templates", exported, "--output", Path.Combine(_root, "from-folder"));

        Assert.True(export.ExitCode == 0, export.ToString());
        foreach (var path in new[] { "layout.sbn", "version.sbn", "diff.sbn", "i18n/en.yml", "i18n/pl.yml", "assets/style.css" })
            Assert.True(File.Exists(Path.Combine(exported, path)), $"{path} was not exported");
        Assert.Equal(
            Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(RepoPaths.Templates, f)).Order(StringComparer.Ordinal),
            Directory.GetFiles(exported, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(exported, f)).Order(StringComparer.Ordinal));
        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());
        Assert.True(fromFolder.ExitCode == 0, fromFolder.ToString());
        var a = Files(Path.Combine(_root, "built-in"));
        var b = Files(Path.Combine(_root, "from-folder"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.True(a.Count > 30);
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs");
    }

    [Fact]
    public void Templates_export_refuses_a_folder_that_is_not_empty_unless_forced()
    {
        var folder = Path.Combine(_root, "templates");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "layout.sbn"), "mine");

        var refused = Run(_root, "templates", "export", folder);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not empty", refused.Err);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "layout.sbn")));
        var forced = Run(_root, "templates", "export", folder, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Templates, "layout.sbn")), File.ReadAllText(Path.Combine(folder, "layout.sbn")));
    }

    /// <summary>Every file of a site but the marker, which records where the templates were read from.</summary>
    private static SortedDictionary<string, byte[]> Files(string site) =>
        new(Directory.GetFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ".legalgen")
            .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes), StringComparer.Ordinal);

    private static string VersionWithoutCommit()
    {
        var line = CliProcess.Run(RepoPaths.Root, ["--version"]).Out.Trim();
        return line["legalgen ".Length..].Split('+')[0];
    }

    /// <summary>Each Pagefind package a lock file pins, with its version and checksum.</summary>
    private static List<string> PagefindPins(string lockFile)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(lockFile));
        var pins = json.RootElement.GetProperty("packages").EnumerateObject()
            .Where(p => p.Name.Contains("pagefind", StringComparison.Ordinal))
            .Select(p => $"{p.Name} {p.Value.GetProperty("version").GetString()} {p.Value.GetProperty("integrity").GetString()}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(pins);
        return pins;
    }
}
