using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Drops a table's header row when every one of its cells is empty (<c>|  |  |</c> then <c>|---|---|</c>, the only way a
/// pipe table can have no header): it names no column, and on the page its empty <c>&lt;th&gt;</c> cells would announce
/// columns with no name to a screen reader (axe: empty-table-header). The table then has a body only. Dropped from the
/// syntax tree, the row is in neither the page nor the document's blocks, so the redline and the blocks read back from a
/// published page (<see cref="PublishedText"/>) agree; it held no text, so nothing a reader could see is lost.
/// </summary>
internal static class EmptyTableHeaders
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            foreach (var row in table.OfType<TableRow>().Where(r => r.IsHeader && r.OfType<TableCell>().All(IsEmpty)).ToList())
                table.Remove(row);
            if (table.Count == 0) table.Parent?.Remove(table);
        }
    }

    private static bool IsEmpty(TableCell cell) =>
        cell.All(block => block is ParagraphBlock paragraph && (paragraph.Inline is null || paragraph.Inline.Descendants<Inline>().All(IsBlank)));

    private static bool IsBlank(Inline inline) => inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace();
}
