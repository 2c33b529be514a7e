using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// LegalGen's own syntax and output in Markdig: kramdown attribute lists (<c>{: #id }</c>) are read by
/// <see cref="AttributeListParser"/> (and, where they end a table, <see cref="AttributeListBlockParser"/>) before
/// Markdig's generic attributes see them, and a heading's alias anchor (<see cref="HeadingAliasInline"/>) is written
/// as an empty <c>&lt;span id&gt;</c>.
/// </summary>
internal sealed class LegalGenMarkdownExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<AttributeListParser>()) pipeline.InlineParsers.Insert(0, new AttributeListParser());
        if (!pipeline.BlockParsers.Contains<AttributeListBlockParser>()) pipeline.BlockParsers.Insert(0, new AttributeListBlockParser());

        // Markdig reads "{…}" at the end of a heading itself, and would take kramdown's "{: #id }" for an attribute
        // named ":": leave those to the inline parser above.
        foreach (var parser in pipeline.BlockParsers.OfType<IAttributesParseable>())
        {
            if (parser.TryParseAttributes is not { } generic) continue;
            parser.TryParseAttributes = (BlockProcessor processor, ref StringSlice slice, IBlock block) =>
                !IsAttributeList(slice) && generic(processor, ref slice, block);
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HeadingAliasRenderer>()) html.ObjectRenderers.Add(new HeadingAliasRenderer());
    }

    /// <summary>True when the first brace of <paramref name="slice"/>, where Markdig looks for attributes, opens a kramdown list.</summary>
    private static bool IsAttributeList(StringSlice slice)
    {
        var brace = slice.IndexOf('{');
        return brace >= 0 && brace < slice.End && slice.Text[brace + 1] == ':';
    }

    private sealed class HeadingAliasRenderer : HtmlObjectRenderer<HeadingAliasInline>
    {
        protected override void Write(HtmlRenderer renderer, HeadingAliasInline alias)
        {
            renderer.Write("<span id=\"").WriteEscape(alias.Id).Write("\"></span>");
        }
    }
}
