using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen build</c> run as a process where the machine cannot take the site: exit code 74 and one line
/// naming the folder, the cause and what to do; a wrong --output is a usage error (exit 2) found before any work.
/// </summary>
public class OutputFaultProcessTests
{
    private static ToolProcess.Result Build(TestSite site, string output, params string[] extra) =>
        CliProcess.Run(site.Root, ["build", "--templates", site.TemplatesDirectory!, "--output", output, "--as-of", "2026-01-01", .. extra]);

    private static TestSite SmallSite() => new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n");

    [TmpfsFact]
    public void A_full_disk_exits_74_naming_the_folder_and_the_cause_and_leaves_the_previous_site_byte_identical()
    {
        using var site = SmallSite();
        // Room for a small site and the in-browser comparison's engine (5.8 MB), which every site carries; not for eight long policies more.
        using var disk = Tmpfs.Mount(Path.Combine(site.Root, "disk"), "7m");
        var first = Build(site, "disk/_site");
        Assert.True(first.ExitCode == 0, first.ToString());
        var output = Path.Combine(disk.Folder, "_site");
        var before = OutputFolders.Snapshot(output);
        foreach (var slug in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
            site.Version($"{slug}/2024-01-01.pl.md", $"title: {slug}", string.Concat(Enumerable.Repeat("Długi tekst polityki, akapit po akapicie.\n\n", 2000)));

        var result = Build(site, "disk/_site");

        Assert.True(result.ExitCode == 74, result.ToString());
        Assert.StartsWith("error: cannot write the site to 'disk/_site': no space left on the device (", result.Err);
        Assert.DoesNotContain("LegalGen failed unexpectedly", result.Err);
        Assert.Equal(before, OutputFolders.Snapshot(output));
        Assert.Empty(OutputFolders.Helpers(output));
    }

    [TmpfsFact]
    public void A_read_only_file_system_exits_74_and_leaves_the_previous_site_as_it_was()
    {
        using var site = SmallSite();
        using var disk = Tmpfs.Mount(Path.Combine(site.Root, "disk"), "7m");
        Assert.Equal(0, Build(site, "disk/_site").ExitCode);
        var output = Path.Combine(disk.Folder, "_site");
        var before = OutputFolders.Snapshot(output);
        disk.RemountReadOnly();
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");

        var result = Build(site, "disk/_site");

        Assert.True(result.ExitCode == 74, result.ToString());
        Assert.Contains("cannot write the site to 'disk/_site': the file system is read-only", result.Err);
        Assert.Equal(before, OutputFolders.Snapshot(output));
    }

    [Fact]
    public void An_output_that_is_a_file_is_a_usage_error_and_the_file_is_untouched()
    {
        using var site = SmallSite();
        File.WriteAllText(Path.Combine(site.Root, "notes.txt"), "precious");

        var result = Build(site, "notes.txt");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("the output 'notes.txt' is a file, not a folder", result.Err);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(site.Root, "notes.txt")));
    }

    [Fact]
    public void A_file_among_the_outputs_parents_exits_74_naming_that_file()
    {
        using var site = SmallSite();
        var file = Path.Combine(site.Root, "notes.txt");
        File.WriteAllText(file, "precious");

        var result = Build(site, "notes.txt/site");

        Assert.True(result.ExitCode == 74, result.ToString());
        Assert.Contains($"cannot write the site to 'notes.txt/site': '{file}' is a file, not a folder", result.Err);
        Assert.Equal("precious", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_inside_the_templates_folder_is_a_usage_error()
    {
        using var site = SmallSite().UseCopyOfTemplates();

        var result = Build(site, "templates/assets/site");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("is inside the templates folder", result.Err);
        Assert.False(Directory.Exists(Path.Combine(site.TemplatesDirectory!, "assets", "site")));
    }

    [ImmutableFileFact]
    public void An_old_site_that_cannot_be_removed_leaves_the_new_site_in_place_exits_0_and_warns()
    {
        using var site = SmallSite();
        Assert.Equal(0, Build(site, "_site").ExitCode);
        ImmutableFile.Set(Path.Combine(site.OutputDirectory, "pl", "index.html"));
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");
        ToolProcess.Result result;
        try
        {
            result = Build(site, "_site");
        }
        finally
        {
            foreach (var page in Directory.EnumerateFiles(site.Root, "index.html", SearchOption.AllDirectories)) ImmutableFile.Clear(page);
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Polityka Prywatności", site.Read("pl/privacy/index.html"));
        Assert.Matches(@"warning: could not remove '.*/\._site\.staging-[0-9a-f]{32}', an old site left beside the new one: the operation is not permitted", result.Err);
        Assert.Equal(0, Build(site, "_site").ExitCode);
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }
}
