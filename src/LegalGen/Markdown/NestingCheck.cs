using LegalGen.Content;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Measures how deep a parsed text nests as a reader counts it — block quotes, lists, tables, emphasis,
/// links — without recursion, and finds the first element past <see cref="ContentLimits.MaxMarkdownNesting"/>.
/// Everything that walks the document after this check (HTML rendering, ids, blocks for the redline) may
/// then recurse safely.
/// </summary>
internal static class NestingCheck
{
    /// <summary>The first element (in reading order) nested deeper than the limit, or null.</summary>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > ContentLimits.MaxMarkdownNesting) return node;
            var children = Children(node);
            for (var i = children.Count - 1; i >= 0; i--)
                pending.Push((children[i], depth + (CountsAsLevel(children[i]) ? 1 : 0)));
        }

        return null;
    }

    private static bool CountsAsLevel(MarkdownObject node) => node is QuoteBlock or ListBlock or Table or ContainerInline;

    private static List<MarkdownObject> Children(MarkdownObject node)
    {
        var children = new List<MarkdownObject>();
        switch (node)
        {
            case ContainerBlock container:
                children.AddRange(container);
                break;
            case LeafBlock { Inline: { } inline }:
                // The leaf's own inline container holds its text; only containers inside it nest.
                for (var child = inline.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                break;
        }

        return children;
    }
}
