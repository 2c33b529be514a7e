namespace LegalGen.Text;

/// <summary>
/// A 16-bit value for every code point, most of them 0, in two stages: blocks of 256 code points that are all 0
/// share one block, so the table stays small and a lookup is two array reads.
/// </summary>
internal sealed class CodePointTable
{
    private const int BlockBits = 8;
    private const int BlockSize = 1 << BlockBits;
    private const int BlockCount = 0x110000 >> BlockBits;

    private readonly int[] _blockStarts;
    private readonly ushort[] _values;

    private CodePointTable(int[] blockStarts, ushort[] values)
    {
        _blockStarts = blockStarts;
        _values = values;
    }

    /// <summary>The value of <paramref name="codePoint"/>, which must be within 0…U+10FFFF.</summary>
    public ushort this[int codePoint] => _values[_blockStarts[codePoint >> BlockBits] + (codePoint & (BlockSize - 1))];

    /// <summary>Collects values, then freezes them into a <see cref="CodePointTable"/>.</summary>
    public sealed class Builder
    {
        private readonly ushort[]?[] _blocks = new ushort[BlockCount][];

        public ushort Get(int codePoint) => _blocks[codePoint >> BlockBits]?[codePoint & (BlockSize - 1)] ?? 0;

        public void Add(int codePoint, ushort bits)
        {
            var block = _blocks[codePoint >> BlockBits] ??= new ushort[BlockSize];
            block[codePoint & (BlockSize - 1)] |= bits;
        }

        public CodePointTable Build()
        {
            // Block 0 of the values is the shared all-zero block.
            var starts = new int[BlockCount];
            var values = new List<ushort>(new ushort[BlockSize]);
            for (var i = 0; i < BlockCount; i++)
            {
                if (_blocks[i] is not { } block) continue;
                starts[i] = values.Count;
                values.AddRange(block);
            }

            return new CodePointTable(starts, values.ToArray());
        }
    }
}
