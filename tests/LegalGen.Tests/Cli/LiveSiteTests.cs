using LegalGen.Build;
using LegalGen.Cli.Commands.Serve;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

public class LiveSiteTests
{
    private static BuildOptions Options(TestSite site) => new(site.ContentDirectory, site.TemplatesDirectory, "", new DateOnly(2026, 1, 1));

    [Fact]
    public void Each_good_build_replaces_the_served_folder_and_a_failed_one_keeps_it()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        using var live = new LiveSite(Options(site));

        live.Rebuild();
        var first = live.State;
        site.Version("privacy/2024-01-01.pl.md", "sumary: x");
        live.Rebuild();
        var failed = live.State;

        Assert.NotNull(first.Folder);
        Assert.False(first.HasProblems);
        Assert.Equal(first.Folder, failed.Folder);
        Assert.True(failed.HasProblems);
        Assert.Equal(first.Generation + 1, failed.Generation);
        Assert.True(File.Exists(Path.Combine(failed.Folder!, "pl", "privacy", "index.html")));
    }

    [Fact]
    public void The_served_site_is_the_built_site_without_any_reload_script()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        using var live = new LiveSite(Options(site));

        live.Rebuild();

        foreach (var page in Directory.EnumerateFiles(live.State.Folder!, "*.html", SearchOption.AllDirectories))
            Assert.DoesNotContain("EventSource", File.ReadAllText(page));
    }

    [Fact]
    public async Task A_builds_folder_is_removed_once_no_build_in_use_takes_pages_from_it()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Wersja 1.\n")
            .Version("terms/2024-01-01.pl.md", "title: Regulamin", "Treść.\n");
        using var live = new LiveSite(Options(site));
        var privacy = Path.Combine(site.ContentDirectory, "privacy", "2024-01-01.pl.md");

        live.Rebuild();
        var first = live.State.Folder!;
        for (var i = 2; i <= 4; i++)
        {
            site.Version("privacy/2024-01-01.pl.md", "title: Polityka", $"Wersja {i}.\n");
            live.Rebuild([privacy]);
        }

        await live.Removals;
        var served = live.State.Folder!;

        // The terms were rendered by the first build only: every later one links to its folder.
        Assert.Equal([first, served], Directory.EnumerateDirectories(live.Root).Order(StringComparer.Ordinal));
        Assert.Contains("Wersja 4.", File.ReadAllText(Path.Combine(served, "pl", "privacy", "index.html")));
        Assert.Contains("Treść.", File.ReadAllText(Path.Combine(served, "pl", "terms", "index.html")));
        Assert.Contains("Wersja 1.", File.ReadAllText(Path.Combine(first, "pl", "privacy", "index.html")));
    }

    [Fact]
    public void Disposing_removes_the_temporary_folder_with_every_build_in_it()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        var live = new LiveSite(Options(site));
        for (var i = 0; i < 3; i++) live.Rebuild();

        live.Dispose();

        Assert.False(Directory.Exists(live.Root));
    }
}
