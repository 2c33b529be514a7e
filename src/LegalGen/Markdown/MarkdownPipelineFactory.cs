using Markdig;

namespace LegalGen.Markdown;

/// <summary>
/// The one Markdig pipeline of LegalGen. Raw HTML is parsed, then kept to the safe subset by the sanitizer or shown
/// as text (<see cref="RawHtmlPolicy"/>). Generic attributes (<c>{#id .class}</c>) and kramdown's attribute lists
/// (<c>{: #id }</c>) are parsed, then filtered by <see cref="AttributePolicy"/> before anything is written, so nothing
/// executable from content reaches a page (see docs/content.md, "HTML in the text"). Inline elements keep their line
/// and column, so a warning names the place of a tag.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseGenericAttributes()
        .UseAlertBlocks()
        .Use<LegalGenMarkdownExtension>()
        .UsePreciseSourceLocation()
        .Build();
}
