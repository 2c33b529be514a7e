using LegalGen.Html;

namespace LegalGen.Markdown;

/// <summary>
/// A text as it is published: the HTML of its rendering (a version page's text, <c>data-text</c> in the templates)
/// read back into the blocks the redline compares — by the reader that reads the HTML blocks of a Markdown text
/// (<see cref="HtmlStructureReader"/>), so that they are the blocks its Markdown gives, but for the ids of headings.
/// This is how a reader's browser compares two versions no diff page was written for.
/// </summary>
public static class PublishedText
{
    /// <summary>The blocks of <paramref name="html"/>, the text's HTML as a page carries it (links resolved, ids added).</summary>
    public static IReadOnlyList<DocumentBlock> Blocks(string html) => BlockExtractor.FromHtml(HtmlStructureReader.Read(html));
}
