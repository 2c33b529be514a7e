using Markdig;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// The words of the heading a text opens with, as a reader sees them: <c># Firefox Privacy Notice</c> and
/// <c>## &lt;span class="x"&gt;Firefox&lt;/span&gt; Privacy Notice</c> both give "Firefox Privacy Notice". A text written
/// for GitHub or Jekyll names itself this way; <c>legalgen import</c> takes it as the title of a file that has none.
/// Only the first block is read, so a long text costs no more than its first lines.
/// </summary>
internal static class LeadingHeading
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    /// <summary>The heading's words with single spaces, or null when the text does not open with a heading that has words.</summary>
    public static string? WordsOf(string markdown)
    {
        var block = FirstBlock(markdown);
        if (block.Length == 0 || NestingCheck.FirstTooDeepLine(block) is not null) return null;
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(block, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (document.Count == 0 || document[0] is not HeadingBlock heading || NestingCheck.FirstTooDeep(document) is not null) return null;
        var words = string.Join(' ', string.Concat(InlineRunCollector.Collect(heading.Inline).Select(r => r.Text))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return words.Length > 0 ? words : null;
    }

    /// <summary>The lines from the first that is not empty up to the next empty one.</summary>
    private static string FirstBlock(string markdown)
    {
        var lines = markdown.Split('\n');
        var start = 0;
        while (start < lines.Length && lines[start].Trim().Length == 0) start++;
        var end = start;
        while (end < lines.Length && lines[end].Trim().Length > 0) end++;
        return string.Join('\n', lines, start, end - start);
    }
}
