using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary><c>legalgen build --pdf</c> as users run it, where it cannot print: no browser, or a program that is not one.</summary>
public class PdfCommandTests
{
    private static TestSite BuiltSite()
    {
        var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Tekst.\n")
            .Version("privacy/2024-01-01.en.md", "title: Policy", "Text.\n");
        site.TemplatesDirectory = null;
        var first = CliProcess.Run(site.Root, ["build", "--as-of", "2026-01-01"]);
        Assert.True(first.ExitCode == 0, first.ToString());
        return site;
    }

    [Fact]
    public void A_browser_path_that_leads_nowhere_is_a_clear_error_and_the_previous_site_stays()
    {
        using var site = BuiltSite();
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        var missing = Path.Combine(site.Root, "no-such-browser", "chromium");

        var run = CliProcess.Run(site.Root, ["build", "--as-of", "2026-01-02", "--pdf", "--pdf-browser", missing]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error LG090: cannot make PDFs: the browser '{missing}' (--pdf-browser) does not exist", run.Err, StringComparison.Ordinal);
        Assert.Contains("hint: give the path of a Chromium or Google Chrome program", run.Err, StringComparison.Ordinal);
        Assert.Contains("Build failed; nothing was written, and '_site' is as it was.", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
    }

    [Fact]
    public void No_browser_anywhere_names_what_was_looked_for_and_how_to_install_one()
    {
        // The PATH has no browser, and no LEGALGEN_BROWSER names one; a snap's Chromium, outside the PATH, would be found.
        if (!OperatingSystem.IsLinux() || File.Exists("/snap/bin/chromium")) return;
        using var site = BuiltSite();
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        var emptyPath = Directory.CreateDirectory(Path.Combine(site.Root, "empty-path")).FullName;

        var run = CliProcess.Run(site.Root, ["build", "--pdf"], ("PATH", emptyPath), ("LEGALGEN_BROWSER", null));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("error LG090: cannot make PDFs: no Chromium or Google Chrome found; looked for chromium on the PATH", run.Err, StringComparison.Ordinal);
        Assert.Contains("sudo apt-get install chromium", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
    }

    [Fact]
    public void The_environment_variable_names_the_browser_too()
    {
        using var site = BuiltSite();

        var run = CliProcess.Run(site.Root, ["build", "--pdf"], ("LEGALGEN_BROWSER", "/nonexistent/chrome"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("the browser '/nonexistent/chrome' (LEGALGEN_BROWSER) does not exist", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_that_is_not_a_browser_does_not_start_and_the_previous_site_stays()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = BuiltSite();
        var before = OutputFolders.Snapshot(site.OutputDirectory);
        var fake = Path.Combine(site.Root, "fake-chromium");
        File.WriteAllText(fake, "#!/bin/sh\necho 'this is not a browser' >&2\nexit 3\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        var run = CliProcess.Run(site.Root, ["build", "--as-of", "2026-01-02", "--pdf", "--pdf-browser", fake]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error LG091: cannot make PDFs: the browser '{fake}' did not start", run.Err, StringComparison.Ordinal);
        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
        Assert.DoesNotContain(OutputFolders.Helpers(site.OutputDirectory), h => h.Contains(".staging-", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_a_browser_without_asking_for_PDFs_is_a_usage_error()
    {
        using var site = BuiltSite();

        var run = CliProcess.Run(site.Root, ["build", "--pdf-browser", "/usr/bin/chromium"]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--pdf-browser names the browser that prints PDFs, and is used only with --pdf", run.Err, StringComparison.Ordinal);
    }
}
