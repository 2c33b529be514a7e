using LegalGen.Output;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

/// <summary>
/// The output folder holds a whole site at every instant: the new site is exchanged for the old one in one
/// step, a build's staging folder is never removed while the build runs, and where the swap takes two
/// renames, a build interrupted between them is repaired by the next.
/// </summary>
public class SwapTests
{
    private static TestSite SiteWithTitle(string title)
    {
        var site = new TestSite(TestSite.DefaultSiteYml.Replace("Documents", title));
        return site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n")
            .Version("privacy/2024-01-01.en.md", "title: Privacy", "## Scope\n\nText.\n");
    }

    [Fact]
    public void A_reader_finds_a_whole_site_at_every_instant_while_builds_replace_it()
    {
        using var site = SiteWithTitle("Documents 0");
        site.BuildSucceeding();
        var pages = new[] { "index.html", "en/index.html", "pl/privacy/index.html" }.Select(p => Path.Combine(site.OutputDirectory, p)).ToArray();
        var reads = 0;
        var misses = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var reader = new Thread(() =>
        {
            while (!stop.IsCancellationRequested || Volatile.Read(ref reads) < pages.Length)
            {
                foreach (var page in pages)
                {
                    try
                    {
                        if (!File.ReadAllText(page).TrimEnd().EndsWith("</html>", StringComparison.Ordinal)) misses.Enqueue($"{page}: cut short");
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        misses.Enqueue($"{page}: {e.GetType().Name} {e.Message}");
                    }

                    Interlocked.Increment(ref reads);
                }
            }
        });
        reader.Start();

        for (var i = 1; i <= 25; i++)
        {
            site.Write("site.yml", TestSite.DefaultSiteYml.Replace("Documents", $"Documents {i}"));
            site.BuildSucceeding();
        }

        stop.Cancel();
        reader.Join();
        Assert.Empty(misses);
        Assert.True(reads >= pages.Length);
        Assert.Contains("Documents 25", site.Read("en/index.html"));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void Another_build_of_the_same_output_never_removes_the_staging_folder_of_a_build_still_running()
    {
        using var site = SiteWithTitle("Documents");
        site.BuildSucceeding();
        using var running = SiteWriter.Begin(site.OutputDirectory);
        running.WriteText("index.html", "<!DOCTYPE html>\n<html><body>the running build's</body></html>\n");

        site.BuildSucceeding(rebuild: true);
        site.BuildSucceeding(rebuild: true);

        Assert.True(Directory.Exists(running.StagingDirectory));
        running.WriteText("late.html", "<!DOCTYPE html>\n<html></html>\n");
        Assert.Empty(running.Commit());
        Assert.Contains("the running build's", site.Read("index.html"));
        Assert.True(site.Exists("late.html"));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void The_staging_folder_of_a_build_that_ended_without_finishing_is_removed_by_the_next_build()
    {
        using var site = SiteWithTitle("Documents");
        site.BuildSucceeding();
        var abandoned = Path.Combine(site.Root, $"._site.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(abandoned, "pl"));
        File.WriteAllText(Path.Combine(abandoned, "pl", "index.html"), "<html");
        var abandonedWithLock = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(Path.Combine(site.Root, $"._site.staging-{abandonedWithLock}"));
        File.WriteAllText(Path.Combine(site.Root, $"._site.build-{abandonedWithLock}.lock"), "");
        var notOurs = Path.Combine(site.Root, "._site.staging-notes");
        Directory.CreateDirectory(notOurs);

        site.BuildSucceeding();

        Assert.Equal(["._site.staging-notes"], OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void The_swap_by_two_renames_replaces_the_site_and_leaves_nothing_beside_it()
    {
        using var site = SiteWithTitle("Documents");
        site.BuildSucceeding();

        using (var writer = SiteWriter.Begin(site.OutputDirectory, exchange: false))
        {
            writer.WriteText("index.html", "new");
            Assert.Empty(writer.Commit());
        }

        Assert.Equal("new", site.Read("index.html"));
        Assert.False(site.Exists("en/index.html"));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_is_repaired_by_the_next_build_even_one_that_fails()
    {
        using var site = SiteWithTitle("Documents");
        site.BuildSucceeding();
        var before = OutputFolders.Snapshot(site.OutputDirectory);

        // What a kill between the renames leaves: the old site moved aside, the new one still staged, no lock held.
        var id = Guid.NewGuid().ToString("N");
        Directory.Move(site.OutputDirectory, Path.Combine(site.Root, $"._site.previous-{id}"));
        Directory.CreateDirectory(Path.Combine(site.Root, $"._site.staging-{id}"));
        File.WriteAllText(Path.Combine(site.Root, $"._site.build-{id}.lock"), "");
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: typo");

        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, OutputFolders.Snapshot(site.OutputDirectory));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void The_old_site_set_aside_by_a_build_still_swapping_is_not_taken_for_an_interrupted_one()
    {
        using var site = SiteWithTitle("Documents");
        site.BuildSucceeding();
        using var swapping = SiteWriter.Begin(site.OutputDirectory, exchange: false);
        var id = Path.GetFileName(swapping.StagingDirectory)["._site.staging-".Length..];
        var setAside = Path.Combine(site.Root, $"._site.previous-{id}");
        Directory.Move(site.OutputDirectory, setAside);

        using (var other = SiteWriter.Begin(site.OutputDirectory))
        {
            Assert.True(Directory.Exists(setAside));
            Assert.False(Directory.Exists(site.OutputDirectory));
        }

        Directory.Move(setAside, site.OutputDirectory);
    }
}
