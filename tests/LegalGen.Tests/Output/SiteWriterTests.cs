using LegalGen.Output;

namespace LegalGen.Tests.Output;

public class SiteWriterTests
{
    private static string TempOutput() => Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"), "_site");

    [Fact]
    public void Nothing_reaches_the_output_folder_until_commit()
    {
        var output = TempOutput();
        using (var writer = SiteWriter.Begin(output))
        {
            writer.WriteText("a/index.html", "x");
            Assert.False(Directory.Exists(output));
        }

        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Files_written_at_the_same_time_into_a_new_folder_all_land_there()
    {
        var output = TempOutput();
        using (var writer = SiteWriter.Begin(output))
        {
            // Many new folders, each written into by several pages at once: none may find its folder noted and not yet made.
            Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => writer.WriteText($"f{i / 4}/p{i % 4}.html", "x"));
            writer.Commit();
        }

        Assert.Equal(2000, Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public void A_program_s_files_adopted_into_the_site_keep_the_previous_sites_time_where_their_bytes_are_the_same()
    {
        var output = TempOutput();
        using (var first = SiteWriter.Begin(output))
        {
            Directory.CreateDirectory(Path.Combine(first.Folder!, "index"));
            File.WriteAllText(Path.Combine(first.Folder!, "index", "same.js"), "same");
            File.WriteAllText(Path.Combine(first.Folder!, "index", "changed.json"), "one");
            first.Adopt("index");
            first.Commit();
        }

        var before = File.GetLastWriteTimeUtc(Path.Combine(output, "index", "same.js"));
        File.SetLastWriteTimeUtc(Path.Combine(output, "index", "same.js"), before.AddDays(-1));
        using (var second = SiteWriter.Begin(output))
        {
            Directory.CreateDirectory(Path.Combine(second.Folder!, "index"));
            File.WriteAllText(Path.Combine(second.Folder!, "index", "same.js"), "same");
            File.WriteAllText(Path.Combine(second.Folder!, "index", "changed.json"), "two");
            var reused = second.ReusedFiles;
            second.Adopt("index");
            Assert.Equal("index/changed.json", second.WrittenAtOrIn("index"));
            Assert.Equal(reused + 1, second.ReusedFiles);
            second.Commit();
        }

        Assert.Equal(before.AddDays(-1), File.GetLastWriteTimeUtc(Path.Combine(output, "index", "same.js")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index", "changed.json")));
    }

    [Fact]
    public void Commit_replaces_the_previous_site_as_a_whole()
    {
        var output = TempOutput();
        using (var first = SiteWriter.Begin(output))
        {
            first.WriteText("old/index.html", "old");
            first.Commit();
        }

        using (var second = SiteWriter.Begin(output))
        {
            second.WriteText("new/index.html", "new");
            second.Commit();
        }

        Assert.False(File.Exists(Path.Combine(output, "old/index.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "new/index.html")));
        Assert.Single(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Paths_that_leave_the_site_are_never_written(string path)
    {
        using var writer = SiteWriter.Begin(TempOutput());

        Assert.Throws<ArgumentException>(() => writer.WriteText(path, "x"));
    }

    [Fact]
    public void A_file_taken_over_from_the_previous_site_and_then_written_again_never_changes_the_previous_site()
    {
        var output = TempOutput();
        using (var first = SiteWriter.Begin(output))
        {
            first.WriteText("a/index.html", "old");
            first.Commit();
        }

        using (var second = SiteWriter.Begin(output))
        {
            second.WriteText("a/index.html", "old");
            Assert.Equal(2, second.ReusedFiles); // the page and the marker file
            second.WriteText("a/index.html", "new");
            Assert.Equal("old", File.ReadAllText(Path.Combine(output, "a/index.html")));
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(output, "a/index.html")));
    }
}
