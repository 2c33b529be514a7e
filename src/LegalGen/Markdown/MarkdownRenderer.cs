using System.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>Renders a policy's Markdown once into HTML, a table of contents and diffable blocks.</summary>
public sealed class MarkdownRenderer
{
    /// <summary>Headings up to this level are listed in the table of contents.</summary>
    public const int TocMaxLevel = 3;

    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();

    public RenderedDocument Render(string markdown)
    {
        // NFC so that a text saved decomposed (NFD) renders, links and diffs exactly like its composed twin.
        var text = markdown.Normalize(NormalizationForm.FormC);
        var document = Markdig.Markdown.Parse(text, _pipeline);
        LinkPolicy.Apply(document);
        HeadingIds.Assign(document);

        var html = document.ToHtml(_pipeline).Replace("\r\n", "\n");
        var toc = document.Descendants<HeadingBlock>()
            .Where(h => h.Level <= TocMaxLevel && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, string.Concat(InlineRunCollector.Collect(h.Inline).Select(r => r.Text)).Trim()))
            .ToList();
        return new RenderedDocument(html, toc, BlockExtractor.Extract(document));
    }
}
