using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Corpora;

/// <summary>
/// Mozilla's privacy notices — 3 policies, up to 20 languages, written by others with kramdown attribute lists,
/// raw HTML tables and anchors — build into a site whose pages are whole and carry nothing executable.
/// </summary>
public partial class MozillaCorpusTests : IClassFixture<MozillaCorpusTests.Built>
{
    private readonly Built _built;

    public MozillaCorpusTests(Built built) => _built = built;

    [CorpusFact]
    public void The_corpus_builds_without_errors()
    {
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Diagnostics.Where(d => d.IsError)));
        Assert.DoesNotContain(_built.Result.Diagnostics, d => d.Code == DiagnosticCodes.DisallowedCharacter);
    }

    [CorpusFact]
    public void Every_page_ends_whole_and_a_sample_in_every_language_carries_no_handler_style_or_script_url()
    {
        var pages = Directory.EnumerateFiles(_built.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.True(html.TrimEnd().EndsWith("</html>", StringComparison.Ordinal), $"{page} is cut short");
        }

        // Every language's current and first-version pages, and the first redline of each policy.
        var sample = pages.Where(p => p.EndsWith($"{Path.DirectorySeparatorChar}index.html", StringComparison.Ordinal)
            && (Depth(p) == 3 || p.Contains($"{Path.DirectorySeparatorChar}diff{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && p.Contains("2023-11-01..", StringComparison.Ordinal)));
        foreach (var page in sample)
        {
            var problems = PageSafety.Problems(parser.ParseDocument(File.ReadAllText(page)));
            Assert.True(problems.Count == 0, $"{Path.GetRelativePath(_built.Output, page)}: {string.Join(", ", problems)}");
        }
    }

    [CorpusFact]
    public void No_page_shows_markup_comments_or_attribute_lists_of_the_source_as_text()
    {
        var leaks = new List<string>();
        foreach (var page in Directory.EnumerateFiles(_built.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            foreach (var leak in SourceSyntaxShownAsText)
            {
                if (html.Contains(leak, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{Path.GetRelativePath(_built.Output, page)}: {leak}");
            }
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks, e.g.:\n{string.Join("\n", leaks.Take(20))}");
    }

    [CorpusFact]
    public void Each_current_text_with_an_html_table_shows_it_as_a_table_with_every_row()
    {
        var parser = new HtmlParser();
        var checkedTables = 0;
        foreach (var (source, page) in CurrentTexts())
        {
            var text = File.ReadAllText(source);
            var htmlRows = CountOf(text, "<tr");
            if (htmlRows == 0) continue;
            var rows = htmlRows + text.Split('\n').Count(line => PipeTableRow().IsMatch(line));
            var document = parser.ParseDocument(File.ReadAllText(page));
            Assert.True(document.QuerySelectorAll(".policy-text table tr").Length >= rows,
                $"{Path.GetRelativePath(_built.Output, page)} shows fewer than the {rows} table rows ({htmlRows} of them HTML) of {source}");
            checkedTables++;
        }

        Assert.True(checkedTables > 0, "no current text has an HTML table: the corpus changed");
    }

    [CorpusFact]
    public void Every_in_page_link_of_a_current_text_leads_to_an_anchor_on_its_page()
    {
        var parser = new HtmlParser();
        var (resolved, broken) = (0, new List<string>());
        foreach (var (_, page) in CurrentTexts())
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var anchors = document.QuerySelectorAll("[id]").Select(e => e.Id!)
                .Concat(document.QuerySelectorAll("a[name]").Select(a => a.GetAttribute("name")!))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var link in document.QuerySelectorAll(".policy-text a[href^='#']"))
            {
                var fragment = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
                if (fragment.Length == 0 || anchors.Contains(fragment)) resolved++;
                else broken.Add($"{Path.GetRelativePath(_built.Output, page)}: #{fragment}");
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} of {resolved + broken.Count} in-page links lead nowhere:\n{string.Join("\n", broken.Take(30))}");
        Assert.True(resolved > 0);
    }

    /// <summary>HTML tags, comments and kramdown attribute lists as a page would show them had they been escaped.</summary>
    private static readonly string[] SourceSyntaxShownAsText =
        ["&lt;table", "&lt;tr", "&lt;td", "&lt;br", "&lt;a ", "&lt;span", "&lt;/", "&lt;!--", "{:"];

    /// <summary>
    /// Each language's current text of each policy — the latest version, as the build's as-of date is after all of
    /// them — as its source file (the binding English one where the version has no translation) and its page.
    /// </summary>
    private IEnumerable<(string Source, string Page)> CurrentTexts()
    {
        foreach (var policy in Directory.EnumerateDirectories(Support.Corpora.Mozilla))
        {
            var files = Directory.EnumerateFiles(policy, "*.md").Select(Path.GetFileName).OfType<string>().ToList();
            var latest = files.Select(f => f.Split('.')[0]).Max(StringComparer.Ordinal);
            foreach (var language in files.Select(f => f.Split('.')[1]).Distinct())
            {
                var source = Path.Combine(policy, $"{latest}.{language}.md");
                if (!File.Exists(source)) source = Path.Combine(policy, $"{latest}.en.md");
                var page = Path.Combine(_built.Output, language, Path.GetFileName(policy), "index.html");
                if (File.Exists(page)) yield return (source, page);
            }
        }
    }

    /// <summary>
    /// A row of a pipe table: a line that starts with '|' and is not the line of dashes under the header, nor a row of
    /// empty cells (an empty header row, which the page leaves out: it names no column).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\|(?!\s*:?-{3,})(?![\s|]*$)")]
    private static partial System.Text.RegularExpressions.Regex PipeTableRow();

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

    private int Depth(string page) => Path.GetRelativePath(_built.Output, page).Split(Path.DirectorySeparatorChar).Length;

    public sealed class Built : IDisposable
    {
        public Built()
        {
            var root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "mozilla-" + Guid.NewGuid().ToString("N"));
            Output = Path.Combine(root, "_site");
            if (!Directory.Exists(Support.Corpora.Mozilla)) return;
            Result = SiteBuilder.Build(new BuildOptions(Support.Corpora.Mozilla, null, Output, new DateOnly(2027, 1, 1)));
        }

        public string Output { get; }

        public BuildResult Result { get; } = new([], null);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }
}
