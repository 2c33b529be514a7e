using System.Text;
using LegalGen.Markdown;
using LegalGen.Redline.Model;
using LegalGen.Text;

namespace LegalGen.Redline;

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

    private int[]?[]? _fingerprints;

    /// <summary>
    /// Block i's token keys as a sorted array of stable hashes: two blocks' similarity is then a merge of two
    /// arrays, with no allocation, on the hot path of pairing and move detection.
    /// </summary>
    internal int[] Fingerprint(int i)
    {
        _fingerprints ??= new int[Blocks.Count][];
        if (_fingerprints[i] is { } cached) return cached;
        var count = 0;
        foreach (var cell in Tokens[i]) count += cell.Length;
        var hashes = new int[count];
        var k = 0;
        foreach (var cell in Tokens[i])
            foreach (var token in cell) hashes[k++] = StableHash(token.Key);
        Array.Sort(hashes);
        return _fingerprints[i] = hashes;
    }

    /// <summary>
    /// FNV-1a of the lowercased text: the same on every run and machine, so pairing decisions never depend on string hashing's
    /// random seed. Lowercased, because which blocks are one edited block should not depend on capitals: a heading retitled
    /// "Improve security" → "To improve security" keeps both its words, and is one heading with a word inserted, not a heading
    /// deleted and another inserted. The word-by-word comparison still marks the capital that changed.
    /// </summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ SimpleCaseMapping.ToLower(c)) * 16777619u;
        return (int)hash;
    }

    /// <summary>Tokens of block i, cell c: <c>Tokens[i][c]</c>.</summary>
    internal Token[][][] Tokens { get; }

    internal string[] Keys { get; }

    /// <summary>
    /// What must match for two blocks to be "the same block": kind, level, visible text with its spacing, formatting
    /// and link targets, and how a list item's list is numbered. Each item's own marker is left out, so inserting an
    /// item does not renumber the rest into changes.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _key;

    private static string BlockKey(DocumentBlock block, Token[][] cells)
    {
        var key = (_key ??= new StringBuilder(256)).Clear();
        key.Append((int)block.Kind).Append('\u0003').Append(block.Level);
        if (block.ListStart is not null) key.Append('\u0005').Append(block.ListStart);
        foreach (var cell in cells)
        {
            key.Append('\u0004');
            foreach (var token in cell)
            {
                if (block.Kind == BlockKind.Code) key.Append(token.Space);
                else if (token.Space.Length > 0) key.Append(' ');
                key.Append(token.Text);
                if (token.Style != InlineStyle.None) key.Append('\u0001').Append((char)('0' + (int)token.Style));
                if (token.Link is not null) key.Append('\u0002').Append(token.Link);
            }
        }

        return key.ToString();
    }
}
