using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Corpora;

/// <summary>
/// Mozilla's privacy notices — 3 policies, up to 20 languages, written by others with kramdown attribute lists,
/// raw HTML tables and anchors — build into a site whose pages are whole and carry nothing executable.
/// </summary>
public class MozillaCorpusTests : IClassFixture<MozillaCorpusTests.Built>
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

    private int Depth(string page) => Path.GetRelativePath(_built.Output, page).Split(Path.DirectorySeparatorChar).Length;

    public sealed class Built : IDisposable
    {
        public Built()
        {
            var root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "mozilla-" + Guid.NewGuid().ToString("N"));
            Output = Path.Combine(root, "_site");
            if (!Directory.Exists(Support.Corpora.Mozilla)) return;
            Result = SiteBuilder.Build(new BuildOptions(Support.Corpora.Mozilla, null, Output, new DateOnly(2026, 1, 1)));
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
