using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

/// <summary>
/// A FIFO, device or socket where LegalGen expects a file is a located error, in every command that reads
/// content — never a build, a check, a diff or a new version waiting forever for someone to write to it.
/// </summary>
public class SpecialFilesTests
{
    private static TestSite SiteWithFifo(string relativePath)
    {
        var site = new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n");
        Assert.True(SpecialFiles.TryMakeFifo(Path.Combine(site.ContentDirectory, relativePath)), "mkfifo is not available");
        return site;
    }

    [Theory]
    [InlineData("p/2025-01-01.pl.md")]
    [InlineData("p/notes.txt")]
    [InlineData("queue")]
    public void A_FIFO_in_the_content_folder_is_a_located_error(string relativePath)
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = SiteWithFifo(relativePath);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = TestSite.Single(result, DiagnosticCodes.SpecialFile);
        Assert.Equal(relativePath, error.Location.File);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_FIFO_as_site_yml_is_a_located_error()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new TestSite(siteYml: null);
        SpecialFiles.TryMakeFifo(Path.Combine(site.ContentDirectory, "site.yml"));

        var result = site.Build();

        Assert.Equal("site.yml", TestSite.Single(result, DiagnosticCodes.SpecialFile).Location.File);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("diff", "p", "2024-01-01", "2025-01-01")]
    [InlineData("new", "p", "--date", "2026-01-01")]
    public void Every_command_reports_a_FIFO_version_file_and_exits(params string[] command)
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = SiteWithFifo("p/2025-01-01.pl.md");

        var result = CliProcess.Run(site.Root, command);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("p/2025-01-01.pl.md:1:1: error LG028", result.Err + result.Out);
    }
}
