using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class NewCommandTests
{
    private static TestSite Privacy() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka")
        .Version("privacy/2024-01-01.en.md", "title: Policy");

    [Fact]
    public void New_prints_the_files_it_created_and_what_to_do_next()
    {
        using var site = Privacy();

        var (code, stdout, stderr) = CliRunner.Run("new", "privacy", "--date", "2026-03-01", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        var content = site.ContentDirectory.Replace('\\', '/');
        Assert.Equal(
            $"Created {content}/privacy/2026-03-01.pl.md, a copy of 2024-01-01.pl.md\n"
            + $"Created {content}/privacy/2026-03-01.en.md, a copy of 2024-01-01.en.md\n"
            + "Next: write 'summary:' (and 'changes:') in each file, edit the text, and compare: legalgen diff privacy 2024-01-01 2026-03-01\n",
            stdout);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "privacy", "2026-03-01.en.md")));
    }

    [Fact]
    public void A_date_before_the_latest_version_exits_1_with_a_located_error_and_creates_nothing()
    {
        using var site = Privacy();

        var (code, stdout, stderr) = CliRunner.Run("new", "privacy", "--date", "2023-12-31", "--content", site.ContentDirectory);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("privacy/2024-01-01.pl.md:1:1: error LG040: the new version's date 2023-12-31 is not after the latest version of 'privacy', 2024-01-01\n", stderr);
        Assert.Contains("Nothing was created.", stderr);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(site.ContentDirectory, "privacy")).Length);
    }

    [Fact]
    public void A_new_policy_is_started_in_the_binding_language()
    {
        using var site = Privacy();

        var (code, stdout, _) = CliRunner.Run("new", "cookies", "--date", "2026-03-01", "--content", site.ContentDirectory);

        Assert.Equal(0, code);
        Assert.StartsWith($"Created {site.ContentDirectory.Replace('\\', '/')}/cookies/2026-03-01.pl.md, the first version of 'cookies'.\n", stdout);
    }

    [Theory]
    [InlineData("new", "privacy", "--date", "1 March 2026")]
    [InlineData("new", "Privacy Policy", "--date", "2026-03-01")]
    [InlineData("new", "privacy")]
    [InlineData("new")]
    public void Usage_errors_exit_2(params string[] args)
    {
        using var site = Privacy();

        var (code, _, stderr) = CliRunner.Run([.. args, "--content", site.ContentDirectory]);

        Assert.Equal(2, code);
        Assert.StartsWith("error:", stderr);
    }
}
