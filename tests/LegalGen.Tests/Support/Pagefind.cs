using System.Text.Json;
using System.Text.RegularExpressions;
using LegalGen.Search;

namespace LegalGen.Tests.Support;

/// <summary>
/// Pagefind for tests: the real program, where <c>npm ci</c> installed it in <c>tests/site-checks</c> (CI does), and
/// stand-ins — programs that fail or misreport, and an in-process indexer that counts the pages marked for the index
/// as Pagefind does, for tests of the pages themselves.
/// </summary>
internal static partial class Pagefind
{
    /// <summary>npm's Pagefind binary in <c>tests/site-checks/node_modules</c>; null where it is not installed.</summary>
    public static string? Program { get; } = Find();

    /// <summary>A shell script standing in for Pagefind, written into <paramref name="folder"/> and made executable.</summary>
    public static string Script(string folder, string name, string body)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static string? Find()
    {
        var lookup = PagefindLocator.Find(null, name => name == "PATH" ? "" : null, Path.Combine(RepoPaths.Root, "tests", "site-checks"));
        return lookup.Program is { } program && !program.EndsWith(".bin" + Path.DirectorySeparatorChar + "pagefind", StringComparison.Ordinal) ? program : null;
    }

    /// <summary>
    /// Indexes in process as Pagefind counts: every HTML page with an element marked <c>data-pagefind-body</c>, by its
    /// <c>&lt;html lang&gt;</c> in lower case; writes the entry file Pagefind writes, with those counts.
    /// </summary>
    public sealed partial class Counting : SearchIndexer
    {
        public override string Description => "a counting indexer";

        public override string Identity => "counting";

        public override SearchIndexOutcome Index(string siteFolder, string glob)
        {
            var pages = Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories)
                .Select(File.ReadAllText)
                .Where(html => Body().IsMatch(html))
                .GroupBy(html => Lang().Match(html).Groups[1].Value.ToLowerInvariant())
                .ToDictionary(g => g.Key, g => g.Count());
            var folder = Path.Combine(siteFolder, IndexFolder);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "pagefind-entry.json"), JsonSerializer.Serialize(new
            {
                version = "counting",
                languages = pages.ToDictionary(p => p.Key, p => new { page_count = p.Value }),
            }));
            return SearchIndexOutcome.Made(new SearchIndex("counting", pages, 0, 1, 0));
        }

        [GeneratedRegex("<[a-z]+[^<>]*\\sdata-pagefind-body[\\s>]")]
        private static partial Regex Body();

        [GeneratedRegex("<html lang=\"([^\"]+)\"")]
        private static partial Regex Lang();
    }
}
