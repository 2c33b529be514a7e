using System.Diagnostics;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

/// <summary>
/// A build that fails late leaves the previous site exactly as it was; a build that succeeds rewrites only
/// the files whose bytes changed, so their neighbours keep their timestamps (and, linked, their identity).
/// </summary>
public class AtomicOutputTests
{
    private static TestSite ManyPolicies()
    {
        var site = new TestSite();
        foreach (var slug in new[] { "a-first", "b", "c", "d", "e", "zz-last" })
        {
            site.Version($"{slug}/2024-01-01.pl.md", $"title: {slug}", "## Zakres\n\nTekst pierwszy.\n")
                .Version($"{slug}/2024-01-01.en.md", $"title: {slug}", "## Scope\n\nFirst text.\n")
                .Version($"{slug}/2025-01-01.pl.md", $"title: {slug}\nsummary: Zmiana.", "## Zakres\n\nTekst drugi.\n");
        }

        return site;
    }

    /// <summary>Every file's path, bytes and modification time.</summary>
    private static string SnapshotWithTimes(string directory) => string.Join("\n", Directory
        .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(directory, f)} {File.GetLastWriteTimeUtc(f).Ticks} {Convert.ToHexString(File.ReadAllBytes(f))}"));

    /// <summary>The folders beside the site: a staging folder left behind would be among them.</summary>
    private static string[] Folders(TestSite site) =>
        Directory.EnumerateDirectories(site.Root).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToArray();

    private static void AssertNoStagingFolder(TestSite site) => Assert.Equal(["_site", "content"], Folders(site));

    private static string CopyTemplates(string root)
    {
        var target = Path.Combine(root, "my-templates");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    [Fact]
    public void A_template_error_on_one_late_page_leaves_the_previous_site_byte_identical_and_no_staging_folder()
    {
        using var site = ManyPolicies();
        site.BuildSucceeding();
        var before = SnapshotWithTimes(site.OutputDirectory);
        site.TemplatesDirectory = CopyTemplates(site.Root);
        File.AppendAllText(Path.Combine(site.TemplatesDirectory, "diff.sbn"),
            "\n{{ if page.path == \"pl/zz-last/diff/2024-01-01..2025-01-01/index.html\" }}{{ no_such_value }}{{ end }}\n");

        var result = site.Build();

        Assert.Equal(DiagnosticCodes.Template, Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, SnapshotWithTimes(site.OutputDirectory));
        Assert.Equal(["_site", "content", "my-templates"], Folders(site));
    }

    [Fact]
    public void An_exception_after_every_page_was_written_leaves_the_previous_site_byte_identical_and_no_staging_folder()
    {
        using var site = ManyPolicies();
        site.BuildSucceeding();
        var before = SnapshotWithTimes(site.OutputDirectory);

        // Progress is reported after each policy's pages are written: failing at the last report fails the
        // build after every page is in the staging folder, before the feeds, the assets and the swap.
        var failAtTheEnd = new SynchronousProgress<LegalGen.Build.BuildProgress>(p =>
        {
            if (p.Policies > 0 && p.PoliciesDone == p.Policies) throw new IOException("a late failure");
        });

        Assert.ThrowsAny<Exception>(() => site.Build(progress: failAtTheEnd, rebuild: true));

        Assert.Equal(before, SnapshotWithTimes(site.OutputDirectory));
        Assert.Equal(["_site", "content"], Folders(site));
    }

    [Fact]
    public void A_rebuild_rewrites_only_the_files_whose_bytes_changed()
    {
        using var site = ManyPolicies();
        site.BuildSucceeding();
        var first = Files(site.OutputDirectory);
        var firstInodes = OperatingSystem.IsLinux() ? Inodes(site.OutputDirectory, first.Keys) : null;

        site.Version("c/2025-01-01.pl.md", "title: c\nsummary: Zmiana.", "## Zakres\n\nTekst drugi, poprawiony.\n");
        site.BuildSucceeding();
        var second = Files(site.OutputDirectory);

        var unchanged = second.Keys.Where(p => first.TryGetValue(p, out var f) && f.Bytes.SequenceEqual(second[p].Bytes)).ToList();
        var changed = second.Keys.Except(unchanged).ToList();
        Assert.Contains("assets/style.css", unchanged);
        Assert.Contains("pl/a-first/index.html", unchanged);
        Assert.Contains("pl/c/2025-01-01/index.html", changed);
        Assert.All(unchanged, p => Assert.Equal(first[p].Time, second[p].Time));
        if (firstInodes is not null)
        {
            // A file taken over is the same file (a hard link); a changed one is a new file, whatever the clock's resolution.
            var secondInodes = Inodes(site.OutputDirectory, second.Keys);
            Assert.All(unchanged, p => Assert.Equal(firstInodes[p], secondInodes[p]));
            Assert.All(changed.Where(first.ContainsKey), p => Assert.NotEqual(firstInodes[p], secondInodes[p]));
        }

        AssertNoStagingFolder(site);
    }

    [Fact]
    public void A_rebuild_of_unchanged_content_rewrites_nothing()
    {
        using var site = ManyPolicies();
        site.BuildSucceeding();
        var before = SnapshotWithTimes(site.OutputDirectory);

        Assert.Null(site.BuildSucceeding(rebuild: true).Summary!.UnchangedSince);

        Assert.Equal(before, SnapshotWithTimes(site.OutputDirectory));
        AssertNoStagingFolder(site);
    }

    private static Dictionary<string, (byte[] Bytes, DateTime Time)> Files(string directory) => Directory
        .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(directory, f).Replace('\\', '/'), f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)));

    /// <summary>The inode number of each file, from stat(1): the same number means the same file, not a copy.</summary>
    private static Dictionary<string, string> Inodes(string directory, IEnumerable<string> paths)
    {
        var list = paths.ToList();
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("%i");
        foreach (var p in list) start.ArgumentList.Add(Path.Combine(directory, p));
        using var process = Process.Start(start)!;
        var inodes = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        return list.Zip(inodes).ToDictionary(x => x.First, x => x.Second);
    }
}
