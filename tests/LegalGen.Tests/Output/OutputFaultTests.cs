using LegalGen.Output;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

/// <summary>A site the machine cannot take is a typed result naming the folder and the cause, never an exception; the previous site stays.</summary>
public class OutputFaultTests
{
    private static string Cause(Exception e, string outputPath = "/nowhere/_site") => FileSystemError.Describe(e, outputPath).Cause;

    [Theory]
    [InlineData(28, "no space left on the device")]
    [InlineData(30, "the file system is read-only")]
    [InlineData(5, "the device reported an input/output error")]
    [InlineData(13, "permission denied")]
    public void Unix_errors_are_named_in_plain_words(int errno, string cause)
    {
        if (OperatingSystem.IsWindows()) return;

        Assert.Equal(cause, Cause(new IOException("whatever the system said", errno)));
    }

    [Fact]
    public void A_full_quota_is_named_as_such()
    {
        if (!OperatingSystem.IsLinux()) return;

        Assert.Equal("the disk quota is used up", Cause(new IOException("Disk quota exceeded", 122)));
    }

    [Fact]
    public void Permission_denied_and_not_permitted_are_told_apart()
    {
        if (OperatingSystem.IsWindows()) return;

        Assert.Equal("permission denied", Cause(new UnauthorizedAccessException("Access to the path is denied.")));
        Assert.StartsWith("the operation is not permitted", Cause(new UnauthorizedAccessException("Access to the path is denied.", new IOException("Operation not permitted", 1))));
    }

    [Fact]
    public void A_file_on_the_way_to_the_output_is_named()
    {
        using var site = new TestSite();
        var file = Path.Combine(site.Root, "notes.txt");
        File.WriteAllText(file, "x");

        Assert.Equal($"'{file}' is a file, not a folder", Cause(new DirectoryNotFoundException("Could not find a part of the path."), Path.Combine(file, "site")));
    }

    [Fact]
    public void Any_other_error_keeps_the_systems_words_without_the_path()
    {
        Assert.Equal("too many levels of symbolic links", Cause(new IOException("Too many levels of symbolic links : '/x/y'", 40)));
    }

    [TmpfsFact]
    public void A_full_disk_is_a_fault_of_the_output_and_the_previous_site_stays_byte_identical()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        using var disk = Tmpfs.Mount(Path.Combine(site.Root, "disk"), "400k");
        var output = Path.Combine(disk.Folder, "_site");
        site.OutputDirectory = output;
        site.BuildSucceeding();
        var before = OutputFolders.Snapshot(output);
        foreach (var slug in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
            site.Version($"{slug}/2024-01-01.pl.md", $"title: {slug}", string.Concat(Enumerable.Repeat("Długi tekst polityki, akapit po akapicie.\n\n", 2000)));

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(Outcome.OutputFault, OutcomeOf.Of(result));
        Assert.Equal(output, result.OutputFault!.Path);
        Assert.Equal("no space left on the device", result.OutputFault.Cause);
        Assert.Equal(before, OutputFolders.Snapshot(output));
        Assert.Empty(OutputFolders.Helpers(output));
    }

    [ImmutableFileFact]
    public void An_old_site_that_cannot_be_removed_is_no_failure_and_the_next_build_removes_it()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        site.BuildSucceeding();
        var stuck = Path.Combine(site.OutputDirectory, "pl", "index.html");
        ImmutableFile.Set(stuck);
        string? leftover = null;
        try
        {
            site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");
            var result = site.BuildSucceeding();

            leftover = Assert.Single(result.Summary!.Leftovers!).Path;
            Assert.StartsWith(Path.Combine(site.Root, "._site.staging-"), leftover);
            Assert.StartsWith("the operation is not permitted", result.Summary.Leftovers![0].Cause);
            Assert.Contains("Polityka Prywatności", site.Read("pl/privacy/index.html"));
        }
        finally
        {
            ImmutableFile.Clear(leftover is null ? stuck : Path.Combine(leftover, "pl", "index.html"));
        }

        Assert.Empty(site.BuildSucceeding().Summary!.Leftovers!);
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }
}
