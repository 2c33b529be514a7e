using Markdig;

namespace LegalGen.Markdown;

/// <summary>
/// The one Markdig pipeline of LegalGen. Raw HTML is disabled: it is shown as text. Generic attributes
/// (<c>{#id .class}</c>) and kramdown's attribute lists (<c>{: #id }</c>) are parsed, then filtered by <see cref="AttributePolicy"/> before anything is written,
/// so nothing executable from content reaches a page (see docs/content.md, "Raw HTML").
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
        .DisableHtml()
        .Build();
}
