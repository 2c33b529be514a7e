using LegalGen.Output;

namespace LegalGen.Tests.Output;

/// <summary>
/// A folder taken from an earlier site (<see cref="SiteWriter.Reuse"/>) is that site's folder as it is, and never a way
/// to change that site: a write inside it makes it the new site's own first.
/// </summary>
public sealed class ReusedFoldersTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string Earlier()
    {
        var earlier = Path.Combine(_root, "1");
        using var writer = SiteWriter.Begin(earlier);
        writer.WriteText("pl/terms/index.html", "terms");
        writer.WriteText("pl/terms/2024-01-01/index.html", "version");
        writer.WriteText("pl/index.html", "home");
        writer.Commit();
        return earlier;
    }

    [Fact]
    public void A_reused_folder_holds_the_earlier_sites_files()
    {
        var earlier = Earlier();
        var later = Path.Combine(_root, "2");
        using (var writer = SiteWriter.Begin(later))
        {
            writer.Reuse("pl/terms", earlier);
            writer.WriteText("pl/index.html", "home 2");
            writer.Commit();
        }

        Assert.Equal("terms", File.ReadAllText(Path.Combine(later, "pl", "terms", "index.html")));
        Assert.Equal("version", File.ReadAllText(Path.Combine(later, "pl", "terms", "2024-01-01", "index.html")));
        Assert.Equal("home", File.ReadAllText(Path.Combine(earlier, "pl", "index.html")));
    }

    [Fact]
    public void A_write_inside_a_reused_folder_leaves_the_earlier_site_as_it_was()
    {
        var earlier = Earlier();
        var later = Path.Combine(_root, "2");
        using (var writer = SiteWriter.Begin(later))
        {
            writer.Reuse("pl/terms", earlier);
            writer.WriteText("pl/terms/index.html", "terms 2");
            writer.WriteText("pl/terms/feed.xml", "<feed/>");
            writer.Commit();
        }

        Assert.Equal("terms 2", File.ReadAllText(Path.Combine(later, "pl", "terms", "index.html")));
        Assert.Equal("version", File.ReadAllText(Path.Combine(later, "pl", "terms", "2024-01-01", "index.html")));
        Assert.Null(new DirectoryInfo(Path.Combine(later, "pl", "terms")).LinkTarget);
        Assert.Equal("terms", File.ReadAllText(Path.Combine(earlier, "pl", "terms", "index.html")));
        Assert.False(File.Exists(Path.Combine(earlier, "pl", "terms", "feed.xml")));
    }

    [Fact]
    public void A_failed_site_that_reused_a_folder_is_removed_without_touching_the_earlier_one()
    {
        var earlier = Earlier();
        var later = Path.Combine(_root, "2");
        using (var writer = SiteWriter.Begin(later))
        {
            writer.Reuse("pl/terms", earlier);
        }

        Assert.False(Directory.Exists(later));
        Assert.Equal("version", File.ReadAllText(Path.Combine(earlier, "pl", "terms", "2024-01-01", "index.html")));
    }

    [Fact]
    public void Files_in_a_reused_folder_count_as_written_by_the_site()
    {
        var earlier = Earlier();
        using var writer = SiteWriter.Begin(Path.Combine(_root, "2"));
        writer.Reuse("pl/terms", earlier);
        writer.WriteText("pl/zzz/index.html", "z");

        Assert.Equal("pl/terms/index.html", writer.WrittenAtOrIn("pl/terms/index.html"));
        Assert.Equal("pl/terms/2024-01-01/index.html", writer.WrittenAtOrIn("pl/terms/2024-01-01"));
        Assert.Equal("pl/terms/2024-01-01/index.html", writer.WrittenAtOrIn("pl"));
        Assert.Null(writer.WrittenAtOrIn("pl/terms/robots.txt"));
    }
}
