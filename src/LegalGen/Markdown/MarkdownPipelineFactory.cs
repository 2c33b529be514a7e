using Markdig;

namespace LegalGen.Markdown;

/// <summary>
/// The one Markdig pipeline of LegalGen. Raw HTML is disabled: it is shown as text, so nothing
/// executable from content reaches a page (see docs/content.md, "Raw HTML").
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseGenericAttributes()
        .DisableHtml()
        .Build();
}
