using System.Text;
using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// A version's blocks prepared for comparison once: each cell's tokens and each block's alignment key.
/// A text compared with both its predecessor and its successor is tokenized only once.
/// </summary>
public sealed class DiffableText
{
    public DiffableText(IReadOnlyList<DocumentBlock> blocks, TokenPool? pool = null)
    {
        Blocks = blocks;
        Tokens = new Token[blocks.Count][][];
        Keys = new string[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var cells = new Token[blocks[i].Cells.Count][];
            for (var c = 0; c < cells.Length; c++) cells[c] = Tokenizer.Tokenize(blocks[i].Cells[c], pool);
            Tokens[i] = cells;
            Keys[i] = BlockKey(blocks[i], cells);
        }
    }

    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>Tokens of block i, cell c: <c>Tokens[i][c]</c>.</summary>
    internal Token[][][] Tokens { get; }

    internal string[] Keys { get; }

    /// <summary>
    /// What must match for two blocks to be "the same block": kind, level and visible text. List markers
    /// are left out, so inserting an item does not renumber the rest into changes.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _key;

    private static string BlockKey(DocumentBlock block, Token[][] cells)
    {
        var key = (_key ??= new StringBuilder(256)).Clear();
        key.Append((int)block.Kind).Append('\u0003').Append(block.Level);
        foreach (var cell in cells)
        {
            key.Append('\u0004');
            foreach (var token in cell)
            {
                if (block.Kind == BlockKind.Code) key.Append(token.Space);
                else if (token.Space.Length > 0) key.Append(' ');
                key.Append(token.Text);
                if (token.Link is not null) key.Append('\u0002').Append(token.Link);
            }
        }

        return key.ToString();
    }
}
