using System.Text.RegularExpressions;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// The minimal site docs/content.md shows, written from the page itself, builds and checks with <c>--strict</c>: a
/// setting the docs call optional (<c>base_url</c>) never fails a strict build.
/// </summary>
public partial class MinimalSiteTests
{
    [Fact]
    public void The_minimal_site_of_the_docs_builds_and_checks_with_strict_and_notes_what_it_leaves_out()
    {
        var root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "minimal-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = FilesOf(Path.Combine(RepoPaths.Root, "docs", "content.md"));
            Assert.Equal(["content/privacy/2025-01-01.en.md", "content/site.yml"], files.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, text) in files)
            {
                var file = Path.Combine(root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            var build = CliProcess.Run(root, ["build", "--strict", "--as-of", "2026-01-01"]);
            var check = CliProcess.Run(root, ["check", "--strict", "--as-of", "2026-01-01"]);
            var checkWithAddress = CliProcess.Run(root, ["check", "--strict", "--as-of", "2026-01-01", "--base-url", "https://legal.example.com/"]);
            var json = CliProcess.Run(root, ["check", "--strict", "--as-of", "2026-01-01", "--format", "json"]);

            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.True(File.Exists(Path.Combine(root, "_site", "en", "privacy", "index.html")));
            Assert.Contains("note LG031: the site has no base_url", build.Out);
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.Contains("no problems found", check.Out);
            Assert.Contains("note LG031", check.Out);
            Assert.True(checkWithAddress.ExitCode == 0, checkWithAddress.ToString());
            Assert.DoesNotContain("LG031", checkWithAddress.Out + checkWithAddress.Err);
            Assert.Equal("[]", json.Out.Trim());
            Assert.Contains("note LG031", json.Err);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Check_refuses_a_base_url_that_is_not_one_as_build_does()
    {
        using var repo = new SampleRepository(withTemplates: false);

        var check = repo.Run("check", "--base-url", "ftp://legal.example.com/");
        var build = repo.Run("build", "--base-url", "ftp://legal.example.com/");

        Assert.Equal(2, check.ExitCode);
        Assert.Equal(2, build.ExitCode);
        Assert.Contains("--base-url", check.Err);
    }

    /// <summary>The files of the page's "A minimal site" section: each code block after a line naming its path.</summary>
    private static Dictionary<string, string> FilesOf(string markdown)
    {
        var text = File.ReadAllText(markdown).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n## A minimal site\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/content.md has no section 'A minimal site'");
        var section = text[start..SectionEnd(text, start + 1)];
        return FileBlock().Matches(section).ToDictionary(m => m.Groups["path"].Value, m => m.Groups["text"].Value, StringComparer.Ordinal);
    }

    /// <summary>Where the next level-2 heading outside a code block begins (the files' own headings are inside theirs).</summary>
    private static int SectionEnd(string text, int from)
    {
        var fenced = false;
        for (var at = text.IndexOf('\n', from); at >= 0 && at < text.Length - 1; at = text.IndexOf('\n', at + 1))
        {
            var line = text[(at + 1)..];
            if (line.StartsWith("```", StringComparison.Ordinal)) fenced = !fenced;
            else if (!fenced && line.StartsWith("## ", StringComparison.Ordinal)) return at;
        }

        return text.Length;
    }

    [GeneratedRegex("^`(?<path>content/[^`]+)`:\\n\\n```[a-z]*\\n(?<text>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FileBlock();
}
