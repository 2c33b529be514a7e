using AngleSharp.Html.Parser;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Redline;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// A text read back from its published HTML gives the blocks its Markdown gives — the same kinds, levels, list markers,
/// words, emphasis and link targets — so a reader's browser, which has only the pages, compares two versions with the
/// marks <c>legalgen diff</c> shows. Only the ids of headings may differ: they are no marks.
/// </summary>
public class PublishedTextTests
{
    [Theory]
    [InlineData("Plain paragraph.\n\nSecond  paragraph\nwrapped on two lines.\n")]
    [InlineData("## Heading {#custom-id}\n\nText.\n\n### Sub *heading*\n\nMore.\n")]
    [InlineData("Words in *italics*, **bold**, ***both***, ~~struck~~, `code`, and _under_ and __strong__.\n")]
    [InlineData("A [link](https://example.com/a?b=c&d=e) and [one with a title](https://example.com/ \"Title\"), <https://example.org/auto> and <mail@example.com>.\n")]
    [InlineData("A link to [cookies](#cookies) on the page.\n\n## Cookies\n\nText.\n")]
    [InlineData("Hard  \nbreak and a backslash\\\nbreak.\n")]
    [InlineData("- one\n- two\n  - nested\n  - nested two\n- three\n")]
    [InlineData("3. three\n4. four\n5. five\n")]
    [InlineData("1) one\n2) two\n")]
    [InlineData("a. first\nb. second\n")]
    [InlineData("i. first\nii. second\niii. third\n")]
    [InlineData("- item\n\n  with a second paragraph\n\n- loose item\n")]
    [InlineData("1. step\n\n   ```\n   code in a list\n   ```\n\n2. next\n")]
    [InlineData("| A | B |\n|---|:-:|\n| *one* | [two](https://example.com/) |\n| three | `four` |\n")]
    [InlineData("```\nline one\n  indented\n\nafter a blank line\n```\n")]
    [InlineData("    indented code\n    block\n")]
    [InlineData("> A quotation\n> on two lines.\n>\n> - with a list\n")]
    [InlineData("> [!NOTE]\n> A callout.\n\n> [!WARNING]\n> Careful: **this**.\n")]
    [InlineData("Text\n\n---\n\nAfter a rule.\n")]
    [InlineData("An image ![the alt text](https://example.com/i.png) in a sentence, [![linked alt](https://example.com/j.png)](https://example.com/).\n")]
    [InlineData("Entities: &amp; &copy; &nbsp;and&nbsp;more &#8212; done.\n")]
    [InlineData("Raw <strong>bold</strong> and <em>em</em>, a <br> break, <a href=\"https://example.com/\">a link</a> and <span>a span</span>.\n")]
    [InlineData("<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>one<br>two</td><td><ul><li>x</li><li>y</li></ul></td></tr>\n</table>\n")]
    [InlineData("<a id=\"anchor\"></a>\n\nText after an anchor.\n")]
    [InlineData("Text with <a id=\"inline-anchor\"></a>an anchor in it.\n")]
    [InlineData("H~2~O and x^2^, ++inserted++ and ==marked==.\n")]
    [InlineData("Text {.note}\n\n## Title\n{: #kramdown-id }\n\nMore.\n")]
    [InlineData("<details>\n<summary>More</summary>\n\nHidden text.\n\n</details>\n")]
    [InlineData("Term with a footnote-like [^1] text.\n")]
    [InlineData("* [Link](https://example.com/one)\n* **Bold item** with text\n* `code item`\n")]
    [InlineData("Links to [a page](https://example.com/zażółć?q=ą) on [a host](https://zażółć.example/ścieżka) and [another](<https://example.com/with space>), [a policy](../terms/) and [its clause](../terms/#liability).\n")]
    [InlineData("1. first\n   - bullet inside\n     1. numbered deeper\n2. second\n\n   | In | List |\n   |---|---|\n   | a | b |\n")]
    [InlineData("```\n\ttab\tand  two spaces  \n```\n")]
    [InlineData("|  |  |\n| ----- | ----- |\n| Partners | We work with *partners*. |\n")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n")]
    [InlineData("Text with a trailing space \nand *emphasis *not closed.\n")]
    public void A_texts_published_html_reads_as_the_blocks_of_its_markdown(string markdown)
    {
        using var renderer = new MarkdownRenderer();
        var document = renderer.Render(markdown);

        AssertSameBlocks(document.Blocks, PublishedText.Blocks(document.Html), "the Markdown");
    }

    [Fact]
    public void The_sample_sites_version_pages_read_as_the_blocks_of_their_markdown() =>
        AssertVersionPagesReadAsTheirMarkdown(RepoPaths.SampleContent, "2026-11-30");

    [CorpusFact]
    public void The_Mozilla_corpus_version_pages_read_as_the_blocks_of_their_markdown() =>
        AssertVersionPagesReadAsTheirMarkdown(Support.Corpora.Mozilla, "2027-01-01");

    private static void AssertVersionPagesReadAsTheirMarkdown(string content, string asOf)
    {
        using var site = new TestSite(siteYml: null);
        var build = SiteBuilder(content, site.OutputDirectory, asOf);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics.Where(d => d.IsError)));

        var diagnostics = new DiagnosticBag();
        var read = ContentReader.Read(content, ContentReadOptions.ForBuild(false), diagnostics)!;
        using var renderer = new MarkdownRenderer(rawHtml: read.Settings.RawHtml);
        var parser = new HtmlParser();
        var compared = 0;
        foreach (var policy in read.Policies)
        {
            foreach (var version in policy.Versions)
            {
                foreach (var text in version.Translations.Values)
                {
                    var page = Path.Combine(site.OutputDirectory, text.Language, policy.Slug, LegalGen.Model.DateKey.Of(version.Date), "index.html");
                    var html = parser.ParseDocument(File.ReadAllText(page)).QuerySelector("[data-text]")?.InnerHtml;
                    Assert.True(html is not null, $"{page} has no element marked data-text");
                    var markdown = renderer.Render(text.Body, text.SourcePath, text.BodyStartLine, new DiagnosticBag(), text.Title, text.Language);

                    // A link to another policy is written from the page's language folder; a version page is two folders below it.
                    AssertSameBlocks(WithPageLinks(markdown.Blocks, "../../"), PublishedText.Blocks(html), text.SourcePath);
                    compared++;
                }
            }
        }

        Assert.True(compared > 0);
    }

    private static LegalGen.Build.BuildResult SiteBuilder(string content, string output, string asOf) =>
        LegalGen.Build.SiteBuilder.Build(new LegalGen.Build.BuildOptions(content, RepoPaths.Templates, output, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

    private static List<DocumentBlock> WithPageLinks(IReadOnlyList<DocumentBlock> blocks, string languageRoot) =>
        blocks.Select(b => b with
        {
            Cells = b.Cells.Select(c => (IReadOnlyList<InlineRun>)c.Select(r => r.Link is { } link ? r with { Link = PageLinks.Resolve(link, languageRoot) } : r).ToList()).ToList(),
        }).ToList();

    /// <summary>The same blocks in kind, level, marker, words, emphasis and links; and the redline between them marks nothing.</summary>
    private static void AssertSameBlocks(IReadOnlyList<DocumentBlock> expected, IReadOnlyList<DocumentBlock> actual, string what)
    {
        var want = expected.Select(Signature).ToList();
        var got = actual.Select(Signature).ToList();
        var first = Enumerable.Range(0, Math.Min(want.Count, got.Count)).FirstOrDefault(i => want[i] != got[i], -1);
        Assert.True(want.Count == got.Count && first < 0,
            $"{what}: {want.Count} blocks from Markdown, {got.Count} from the published HTML; first difference at block {(first < 0 ? Math.Min(want.Count, got.Count) : first)}:\n"
            + $"  markdown:  {(first < 0 ? want.ElementAtOrDefault(got.Count) : want[first])}\n"
            + $"  published: {(first < 0 ? got.ElementAtOrDefault(want.Count) : got[first])}");

        var diff = RedlineBuilder.Compare(expected, actual);
        Assert.False(diff.Statistics.HasChanges || diff.Statistics.FormattingChanges > 0, $"{what}: the redline marks {diff.Statistics}");
    }

    private static string Signature(DocumentBlock block) =>
        $"{block.Kind} {block.Level} {block.Marker} {block.ListStart} "
        + string.Join(" | ", block.Cells.Select(cell => string.Join("", Collapsed(cell).Select(r => $"[{r.Style}{(r.Link is null ? "" : " " + r.Link)}]{r.Text}"))));

    /// <summary>Runs with spaces as a reader sees them: one between words, none at the ends of a cell.</summary>
    private static List<InlineRun> Collapsed(IReadOnlyList<InlineRun> runs)
    {
        var result = new List<InlineRun>();
        var spaceBefore = true;
        foreach (var run in runs)
        {
            var text = new System.Text.StringBuilder();
            foreach (var c in run.Text)
            {
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    if (!spaceBefore) text.Append(' ');
                    spaceBefore = true;
                    continue;
                }

                text.Append(c);
                spaceBefore = false;
            }

            if (text.Length == 0) continue;
            if (result.Count > 0 && result[^1].Style == run.Style && result[^1].Link == run.Link) result[^1] = result[^1] with { Text = result[^1].Text + text };
            else result.Add(run with { Text = text.ToString() });
        }

        if (result.Count > 0) result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd(' ') };
        return result.Where(r => r.Text.Length > 0).ToList();
    }
}
