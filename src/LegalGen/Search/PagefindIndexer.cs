using System.ComponentModel;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LegalGen.Search;

/// <summary>
/// Indexes a site with Pagefind (https://pagefind.app), the program at <see cref="Program"/>: Pagefind reads the pages the
/// glob it is given names, keeps the text the templates mark <c>data-pagefind-body</c>, splits the index by each page's <c>&lt;html lang&gt;</c>, and
/// writes it with its search script into <c>pagefind/</c> in the site. It runs in the site's own folder, with none of the
/// <c>PAGEFIND_*</c> variables, so no configuration file or variable of the machine changes the index: the same site gives
/// the same index. This is the one type that runs Pagefind.
/// </summary>
public sealed class PagefindIndexer : SearchIndexer
{
    /// <summary>The longest Pagefind may run; it indexes thousands of pages a second, so only a hung program reaches it.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(30);

    /// <summary>How much of what Pagefind printed a fault quotes: its last lines, which say what went wrong.</summary>
    private const int QuotedCharacters = 600;

    private readonly Lazy<string> _identity;

    /// <param name="program">The Pagefind program (<c>pagefind</c> or <c>pagefind_extended</c>, or npm's wrapper), a full path.</param>
    public PagefindIndexer(string program)
    {
        Program = Path.GetFullPath(program);
        _identity = new Lazy<string>(() => $"pagefind {Program} {HashOf(Program)}");
    }

    public string Program { get; }

    public override string Description => $"Pagefind ('{Program}')";

    /// <summary>The program's path and a hash of its bytes: a Pagefind updated in place gives another identity.</summary>
    public override string Identity => _identity.Value;

    public override SearchIndexOutcome Index(string siteFolder, string pages)
    {
        var site = Path.GetFullPath(siteFolder);
        var stopwatch = Stopwatch.StartNew();
        var start = new ProcessStartInfo(Program)
        {
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // A paragraph's citation link ("¶", data-anchor) is no word of the text: it stays out of the index and its excerpts.
        foreach (var argument in new[] { "--site", site, "--output-subdir", IndexFolder, "--glob", pages, "--exclude-selectors", "[data-anchor]" })
            start.ArgumentList.Add(argument);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PAGEFIND_", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Win32Exception e)
        {
            return Fail($"it could not be started ({e.Message})");
        }

        if (process is null) return Fail("it could not be started");
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended meanwhile.
                }

                return Fail($"it was still running after {Limit.TotalMinutes:0} minutes, and was stopped");
            }

            process.WaitForExit();
            var said = Tail(error.Result.Trim().Length > 0 ? error.Result : output.Result);
            if (process.ExitCode != 0) return Fail($"it ended with exit code {process.ExitCode}" + (said.Length > 0 ? $", saying: {said}" : ""));
            return Read(site, stopwatch.ElapsedMilliseconds) is { } index
                ? SearchIndexOutcome.Made(index)
                : Fail($"it wrote no index ('{IndexFolder}/pagefind-entry.json' is missing or unreadable)" + (said.Length > 0 ? $"; it said: {said}" : ""));
        }
    }

    /// <summary>The index Pagefind wrote in the site: its entry file's languages and page counts, and the size of its files.</summary>
    private static SearchIndex? Read(string site, long milliseconds)
    {
        var folder = Path.Combine(site, IndexFolder);
        var entry = Path.Combine(folder, "pagefind-entry.json");
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(entry));
            var version = json.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var pages = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var language in json.RootElement.GetProperty("languages").EnumerateObject())
                pages[language.Name.ToLowerInvariant()] = language.Value.GetProperty("page_count").GetInt32();
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
            return new SearchIndex(version is null ? "Pagefind" : $"Pagefind {version}", pages, files.Sum(f => f.Length), files.Count, milliseconds);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private SearchIndexOutcome Fail(string cause) => SearchIndexOutcome.Failed(new SearchFault(Description, cause));

    /// <summary>The last lines of what the program printed, on one line.</summary>
    private static string Tail(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var tail = string.Join(" | ", lines);
        return tail.Length <= QuotedCharacters ? tail : "…" + tail[^QuotedCharacters..];
    }

    private static string HashOf(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "(unreadable)";
        }
    }
}
