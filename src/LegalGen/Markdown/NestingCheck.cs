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

    /// <summary>
    /// Before parsing: the line (from 0) and column (from 1) of the first block quote or list marker past the
    /// limit at the start of a line (<c>&gt; - &gt; - …</c>), or null. Markdig would nest a container for each;
    /// finding them here is exact and spares the parser its slowest input.
    /// </summary>
    public static (int Line, int Column)? FirstTooDeepLine(string text)
    {
        var line = 0;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var column = TooDeepMarker(text.AsSpan(start, end - start));
            if (column > 0) return (line, column);
            start = end + 1;
        }

        return null;
    }

    /// <summary>The column of the first container marker past the limit on one line, or 0.</summary>
    private static int TooDeepMarker(ReadOnlySpan<char> line)
    {
        if (IsThematicBreak(line)) return 0;
        var markers = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            var length = MarkerLength(line[i..]);
            if (length == 0) return 0;
            if (++markers > ContentLimits.MaxMarkdownNesting) return i + 1;
            i += length;
        }
    }

    /// <summary>The length of a block quote mark or list marker (with the space after it) at the start, or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty) return 0;
        if (rest[0] == '>') return 1;
        if (rest[0] is '-' or '+' or '*') return rest.Length == 1 || rest[1] is ' ' or '\t' ? Math.Min(2, rest.Length) : 0;
        var n = 0;
        while (n < rest.Length && n < 9 && char.IsAsciiLetterOrDigit(rest[n])) n++;
        return n > 0 && n < rest.Length && rest[n] is '.' or ')' && (n + 1 == rest.Length || rest[n + 1] is ' ' or '\t') ? Math.Min(n + 2, rest.Length) : 0;
    }

    /// <summary>A line of only '-', '*' or '_' (and spaces) is a rule, however many there are.</summary>
    private static bool IsThematicBreak(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t");
        return trimmed.Length > 0 && trimmed[0] is '-' or '*' or '_' && !trimmed.ContainsAnyExcept([trimmed[0], ' ', '\t']);
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
