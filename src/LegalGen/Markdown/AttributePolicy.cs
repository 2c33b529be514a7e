using LegalGen.Diagnostics;
using LegalGen.Html;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Keeps only the <c>{…}</c> attributes <see cref="HtmlAllowList"/> allows an editor: a valid id (<c>{#cookies}</c>)
/// and the documented classes (<c>{.note}</c>). Everything else written in braces — <c>onerror=…</c>, <c>style=…</c>,
/// <c>autofocus</c>, an id that is not an id — is removed, on every element, with a warning naming the place.
/// Table column alignment becomes a class instead of Markdig's inline style.
/// </summary>
internal static class AttributePolicy
{
    public static void Apply(MarkdownDocument document, string[] lines, string file, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            if (node is Table table) AlignByClass(table);
            if (node.TryGetAttributes() is not { } attributes) continue;

            if (attributes.Id is { } id && !HtmlAllowList.IsValidId(id))
            {
                InvalidId(diagnostics, At(node, lines, id, file, firstLine), id, node);
                attributes.Id = null;
            }

            if (attributes.Classes is { Count: > 0 } classes)
            {
                foreach (var name in classes.Where(c => !Allowed(node, c)).ToList())
                {
                    classes.Remove(name);
                    if (IsRendererClass(node, name)) continue;
                    UnknownClass(diagnostics, At(node, lines, "." + name, file, firstLine), name, node);
                }
            }

            if (attributes.Properties is { Count: > 0 } properties)
            {
                foreach (var (name, _) in properties)
                {
                    if (!IsQuietMetadata(name)) NotAllowed(diagnostics, At(node, lines, name, file, firstLine), name, node);
                }

                properties.Clear();
            }
        }
    }

    /// <summary>
    /// Attributes that only describe the text to machines and change nothing a reader sees — kramdown documents put
    /// <c>datetime</c> on their "Effective" line — are dropped without a warning; every other one is warned of.
    /// </summary>
    public static bool IsQuietMetadata(string name) => QuietMetadata.Contains(name);

    private static readonly HashSet<string> QuietMetadata = new(["datetime", "cite"], StringComparer.OrdinalIgnoreCase);

    public static void InvalidId(DiagnosticBag diagnostics, SourceLocation at, string id, MarkdownObject node) =>
        Removed(diagnostics, at, $"the id '{id}' on {NameOf(node)} is not a valid id and was removed",
            "an id is letters, digits, '-', '_' and '.', starting with a letter or digit, e.g. {#cookies}");

    public static void UnknownClass(DiagnosticBag diagnostics, SourceLocation at, string name, MarkdownObject node) =>
        Removed(diagnostics, at, $"the class '{name}' on {NameOf(node)} is not one LegalGen knows and was removed",
            $"use one of: {string.Join(", ", HtmlAllowList.EditorClasses.Order(StringComparer.Ordinal).Select(c => "{." + c + "}"))}");

    public static void NotAllowed(DiagnosticBag diagnostics, SourceLocation at, string name, MarkdownObject node) =>
        Removed(diagnostics, at, $"the attribute '{name}' on {NameOf(node)} is not allowed and was removed",
            "in {…} after a heading, paragraph, link or image, LegalGen keeps only an id ({#cookies}) and the documented classes; "
            + "event handlers, styles and other attributes never reach a page");

    private static bool Allowed(MarkdownObject node, string name) =>
        HtmlAllowList.EditorClasses.Contains(name) || (node is TableCell && HtmlAllowList.RendererClasses.Contains(name));

    /// <summary>Classes Markdig adds by itself (a fenced block's <c>language-…</c>): dropped without a word.</summary>
    /// <summary>Classes Markdig itself gives: a code block's language, an alert's kind (<see cref="CalloutRenderer"/> writes its own).</summary>
    private static bool IsRendererClass(MarkdownObject node, string name) =>
        (node is FencedCodeBlock && name.StartsWith("language-", StringComparison.Ordinal))
        || (node is Markdig.Extensions.Alerts.AlertBlock && name.StartsWith("markdown-alert", StringComparison.Ordinal));

    /// <summary>Moves a pipe table's column alignment into a class on each cell, and drops grid tables' column widths: both are inline styles otherwise.</summary>
    private static void AlignByClass(Table table)
    {
        var columns = table.ColumnDefinitions;
        foreach (var row in table.OfType<TableRow>())
        {
            foreach (var cell in row.OfType<TableCell>())
            {
                var index = cell.ColumnIndex < 0 ? row.IndexOf(cell) : cell.ColumnIndex;
                if (index >= columns.Count || columns[index].Alignment is not { } align) continue;
                cell.GetAttributes().AddClass(align switch
                {
                    TableColumnAlign.Center => "align-center",
                    TableColumnAlign.Right => "align-right",
                    _ => "align-left",
                });
            }
        }

        foreach (var column in columns)
        {
            column.Alignment = null;
            column.Width = 0;
        }
    }

    private static void Removed(DiagnosticBag diagnostics, SourceLocation at, string message, string hint) =>
        diagnostics.Warning(DiagnosticCodes.MarkupRemoved, at, message, hint);

    /// <summary>Where <paramref name="written"/> appears on the element's line (else the element itself), as a file location.</summary>
    public static SourceLocation At(MarkdownObject node, string[] lines, string written, string file, int firstLine)
    {
        var line = Math.Max(node.Line, 0);
        var column = node.Column;
        for (var i = line; i < Math.Min(lines.Length, line + 50); i++)
        {
            var found = lines[i].IndexOf(written, i == line ? Math.Clamp(column, 0, lines[i].Length) : 0, StringComparison.Ordinal);
            if (found < 0) continue;
            return new SourceLocation(file, firstLine + i, found + 1);
        }

        return new SourceLocation(file, firstLine + line, column + 1);
    }

    private static string NameOf(MarkdownObject node) => node switch
    {
        HeadingBlock => "a heading",
        ParagraphBlock => "a paragraph",
        LinkInline { IsImage: true } => "an image",
        LinkInline or AutolinkInline => "a link",
        EmphasisInline => "emphasised text",
        Table => "a table",
        TableRow => "a table row",
        TableCell => "a table cell",
        ListBlock => "a list",
        ListItemBlock => "a list item",
        QuoteBlock => "a quotation",
        CodeBlock => "a code block",
        ThematicBreakBlock => "a rule",
        Inline => "text",
        _ => "a block",
    };
}
