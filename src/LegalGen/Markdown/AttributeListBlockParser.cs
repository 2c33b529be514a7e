using Markdig.Parsers;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Reads a line that holds nothing but a kramdown attribute list (<c>{: .note }</c>) as a block of its own where a
/// block may start, and where it ends a pipe table: Markdig would otherwise take that line for a row and read no
/// table at all. After a paragraph or a list item it does not start a block, so it stays on their last line, where
/// <see cref="AttributeListParser"/> reads it, and a list is not split in two.
/// </summary>
internal sealed class AttributeListBlockParser : BlockParser
{
    public AttributeListBlockParser() => OpeningCharacters = ['{'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is ParagraphBlock { Lines.Count: > 0 } paragraph && paragraph.Lines.Lines[0].Slice.ToString().TrimStart().StartsWith('|');

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text;
        var start = line.Start;
        if (start + 2 > line.End || text[start + 1] != ':' || text[start + 2] is ':' or '/') return BlockState.None;
        if (AttributeListParser.Read(text, start + 2, line.End) is not var (tokens, close)) return BlockState.None;
        for (var i = close + 1; i <= line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i])) return BlockState.None;
        }

        processor.NewBlocks.Push(new AttributeListBlock(this, tokens, text[start..(close + 1)])
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(start, close),
        });
        return BlockState.BreakDiscard;
    }
}
