using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Lists the blocks of a parsed document in reading order (headings, paragraphs, list items, table rows…),
/// each knowing the section it belongs to. This is what the redline aligns.
/// </summary>
internal sealed class BlockExtractor
{
    private readonly List<DocumentBlock> _blocks = [];
    private string? _sectionAnchor;
    private string? _sectionTitle;

    public static IReadOnlyList<DocumentBlock> Extract(MarkdownDocument document)
    {
        var extractor = new BlockExtractor();
        extractor.VisitChildren(document, listDepth: 0, inQuote: false);
        return extractor._blocks;
    }

    private void VisitChildren(ContainerBlock container, int listDepth, bool inQuote)
    {
        foreach (var block in container) Visit(block, listDepth, inQuote);
    }

    private void Visit(Block block, int listDepth, bool inQuote)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var runs = InlineRunCollector.Collect(heading.Inline);
                var anchor = heading.GetAttributes().Id;
                _sectionAnchor = anchor;
                _sectionTitle = string.Concat(runs.Select(r => r.Text)).Trim();
                Add(BlockKind.Heading, heading.Level, anchor, null, [runs], heading.Line);
                break;
            case ParagraphBlock paragraph:
                Add(inQuote ? BlockKind.Quote : BlockKind.Paragraph, Math.Max(listDepth, 0), null, null, [InlineRunCollector.Collect(paragraph.Inline)], paragraph.Line);
                break;
            case ListBlock list:
                VisitList(list, listDepth + 1, inQuote);
                break;
            case QuoteBlock quote:
                VisitChildren(quote, listDepth, inQuote: true);
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    Add(BlockKind.TableRow, row.IsHeader ? 1 : 0, null, null, row.OfType<TableCell>().Select(CellRuns).ToList(), row.Line);
                break;
            case CodeBlock code:
                Add(BlockKind.Code, 0, null, null, [[new InlineRun(string.Join('\n', code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())), InlineStyle.Code)]], code.Line);
                break;
            case ThematicBreakBlock:
                Add(BlockKind.Rule, 0, null, null, [[]], block.Line);
                break;
            case ContainerBlock container:
                VisitChildren(container, listDepth, inQuote);
                break;
        }
    }

    private void VisitList(ListBlock list, int depth, bool inQuote)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart ?? list.DefaultOrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? OrderedMarker(list, item, number) : "•";
            number++;

            // The item's first paragraph is the item itself; anything after it belongs to the item.
            var first = item.Count > 0 ? item[0] as ParagraphBlock : null;
            var runs = first is null ? [] : InlineRunCollector.Collect(first.Inline);
            Add(BlockKind.ListItem, depth, null, marker, [runs], item.Line);
            foreach (var child in item.Skip(first is null ? 0 : 1)) Visit(child, depth, inQuote);
        }
    }

    private static string OrderedMarker(ListBlock list, ListItemBlock item, int number)
    {
        var order = list.BulletType switch
        {
            'a' => ((char)('a' + (number - 1) % 26)).ToString(),
            'A' => ((char)('A' + (number - 1) % 26)).ToString(),
            'i' or 'I' => item.Order.ToString(CultureInfo.InvariantCulture),
            _ => number.ToString(CultureInfo.InvariantCulture),
        };
        return order + list.OrderedDelimiter;
    }

    private static IReadOnlyList<InlineRun> CellRuns(TableCell cell) =>
        cell.OfType<ParagraphBlock>().SelectMany(p => InlineRunCollector.Collect(p.Inline)).ToList();

    private void Add(BlockKind kind, int level, string? anchor, string? marker, IReadOnlyList<IReadOnlyList<InlineRun>> cells, int line) =>
        _blocks.Add(new DocumentBlock(kind, level, anchor, marker, cells, _sectionAnchor, _sectionTitle, line + 1));
}
