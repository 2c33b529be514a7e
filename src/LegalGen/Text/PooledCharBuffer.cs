using System.Buffers;

namespace LegalGen.Text;

/// <summary>
/// Collects chars in an array from the shared pool, so that rewriting a text of megabytes allocates only the result
/// (a <see cref="System.Text.StringBuilder"/> would hold its chunks and copy them once more).
/// </summary>
internal sealed class PooledCharBuffer(int capacity) : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(capacity);
    private int _length;

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + text.Length));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public override string ToString() => new(_chars, 0, _length);

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
    }
}
