using System.Diagnostics;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen build</c> killed (SIGKILL, no chance to clean up) at random moments: after every kill the
/// output holds a whole site, old or new, and the next build succeeds and leaves nothing beside it.
/// </summary>
[Trait("Category", "Slow")]
public class KilledBuildTests(ITestOutputHelper log)
{
    private const int Seed = 20250611;
    private const int Kills = 15;

    /// <summary>Builds started at most, to land <see cref="Kills"/> kills: some builds end before their kill moment.</summary>
    private const int Attempts = 60;

    /// <summary>Enough pages (a few hundred) that a build runs for a second or so, with room for kills in every stage.</summary>
    private static TestSite LargeSite()
    {
        var site = new TestSite();
        var random = new Random(Seed);
        string[] words = ["dane", "osobowe", "administrator", "przetwarzanie", "zgoda", "umowa", "usługa", "klient", "okres", "prawo"];
        foreach (var slug in new[] { "privacy", "terms", "cookies", "refunds", "shipping", "accessibility" })
        {
            foreach (var date in new[] { "2022-01-01", "2023-01-01", "2024-01-01", "2025-01-01" })
            {
                var sections = Enumerable.Range(1, 10).Select(s =>
                    $"## Rozdział {s}\n\n" + string.Join(' ', Enumerable.Range(0, 80).Select(_ => words[random.Next(words.Length)])) + ".\n");
                var frontMatter = date == "2022-01-01" ? $"title: {slug}" : $"title: {slug}\nsummary: Zmiana.";
                site.Version($"{slug}/{date}.pl.md", frontMatter, string.Join('\n', sections));
                site.Version($"{slug}/{date}.en.md", frontMatter, string.Join('\n', sections));
            }
        }

        return site;
    }

    private static string[] Arguments(TestSite site) => ["build", "--templates", site.TemplatesDirectory!, "--as-of", "2026-01-01"];

    private static void AssertWholeSite(TestSite site, string when)
    {
        Assert.True(site.Exists("index.html"), $"no index.html {when}");
        Assert.True(site.Exists(".legalgen"), $"no .legalgen {when}");
        Assert.True(OutputFolders.UnfinishedPages(site.OutputDirectory) is [], $"pages cut short {when}: {string.Join(", ", OutputFolders.UnfinishedPages(site.OutputDirectory))}");
    }

    /// <summary>Starts a build and waits until it has made its staging folder (one not there before), or has ended.</summary>
    private static Process StartAndWaitForStaging(TestSite site)
    {
        var before = OutputFolders.Helpers(site.OutputDirectory);
        var build = CliProcess.Start(site.Root, Arguments(site));
        while (!build.HasExited && !OutputFolders.Helpers(site.OutputDirectory).Except(before).Any(h => h.Contains(".staging-", StringComparison.Ordinal)))
            Thread.Sleep(1);
        return build;
    }

    [Fact]
    public void After_each_kill_the_output_holds_a_whole_site_and_the_next_build_leaves_nothing_beside_it()
    {
        using var site = LargeSite();
        var first = CliProcess.Run(site.Root, Arguments(site));
        Assert.True(first.ExitCode == 0, first.ToString());
        int span;

        // The kill moments spread over a rebuild's time on this machine from the moment its staging folder
        // appears (before that, .NET is starting) to a little past its end: a spread, not a deadline. A build
        // that ends before its moment narrows the spread, as the machine's load changes.
        site.Version("privacy/2025-01-01.pl.md", "title: privacy\nsummary: Zmiana.", "## Rozdział\n\nWersja 0.\n");
        using (var calibration = StartAndWaitForStaging(site))
        {
            var stopwatch = Stopwatch.StartNew();
            calibration.WaitForExit();
            Assert.Equal(0, calibration.ExitCode);
            span = (int)Math.Max(200, stopwatch.ElapsedMilliseconds * 1.1);
        }

        log.WriteLine($"kills within {span} ms of a rebuild's staging folder appearing");
        var random = new Random(Seed);
        var killedRunning = 0;
        var mostLeftBehind = 0;
        var attempt = 0;
        for (; killedRunning < Kills && attempt < Attempts; attempt++)
        {
            site.Version("privacy/2025-01-01.pl.md", "title: privacy\nsummary: Zmiana.", $"## Rozdział\n\nWersja {attempt + 1}.\n");
            using var build = StartAndWaitForStaging(site);
            var sinceStaging = Stopwatch.StartNew();
            if (build.WaitForExit(random.Next(span))) span = (int)Math.Max(50, sinceStaging.ElapsedMilliseconds * 0.9);
            else
            {
                build.Kill(entireProcessTree: true);
                killedRunning++;
            }

            build.WaitForExit();
            AssertWholeSite(site, $"after build {attempt + 1} was killed or ended");
            mostLeftBehind = Math.Max(mostLeftBehind, OutputFolders.Helpers(site.OutputDirectory).Length);
        }

        log.WriteLine($"{killedRunning} of {attempt} builds killed while running; at most {mostLeftBehind} helpers beside the output after a kill");
        Assert.True(killedRunning > 0, "no build was still running at its kill moment");
        var last = CliProcess.Run(site.Root, Arguments(site));
        Assert.True(last.ExitCode == 0, last.ToString());
        AssertWholeSite(site, "after the last build");
        Assert.Contains($"Wersja {attempt}.", site.Read("pl/privacy/2025-01-01/index.html"));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public async Task A_build_running_beside_another_build_of_the_same_output_finishes_with_its_staging_folder_intact()
    {
        using var site = LargeSite();
        Assert.Equal(0, CliProcess.Run(site.Root, Arguments(site)).ExitCode);

        using var running = StartAndWaitForStaging(site);
        var stdout = running.StandardOutput.ReadToEndAsync();
        var stderr = running.StandardError.ReadToEndAsync();
        var other = CliProcess.Run(site.Root, Arguments(site));
        await running.WaitForExitAsync();

        Assert.True(other.ExitCode == 0, other.ToString());
        Assert.True(running.ExitCode == 0, $"exit {running.ExitCode}\n{await stdout}\n{await stderr}");
        AssertWholeSite(site, "after both builds");
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }
}
