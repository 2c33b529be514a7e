namespace LegalGen.Text;

/// <summary>
/// Normalizes one segment of text — from a character that nothing before it can change to the next such one —
/// by the full algorithm of UAX #15: decompose recursively, put combining marks in canonical order, and for NFC
/// compose again. Holds its buffers between segments; one instance serves one normalization at a time.
/// </summary>
internal sealed class NormalizationSegment
{
    /// <summary>Marks in a run longer than this are ordered by a sort rather than by insertion, which is quadratic.</summary>
    private const int InsertionSortLimit = 32;

    private int[] _codePoints = new int[64];
    private byte[] _classes = new byte[64];
    private int _count;
    private char[] _chars = new char[128];

    /// <summary>The NFC (<paramref name="compose"/>) or NFD form of <paramref name="text"/>, valid until the next call.</summary>
    public ReadOnlySpan<char> Normalize(ReadOnlySpan<char> text, bool compose)
    {
        _count = 0;
        for (var i = 0; i < text.Length;)
        {
            AddDecomposed(Utf16CodePoints.At(text, i, out var width));
            i += width;
        }

        PutMarksInCanonicalOrder();
        if (compose) Compose();
        return Encode();
    }

    private void AddDecomposed(int codePoint)
    {
        var properties = CanonicalProperties.Of(codePoint);
        if (!CanonicalProperties.HasDecomposition(properties))
        {
            Add(codePoint, CanonicalProperties.CombiningClass(properties));
        }
        else if (HangulSyllables.IsSyllable(codePoint))
        {
            var (leading, vowel, trailing) = HangulSyllables.Decompose(codePoint);
            Add(leading, 0);
            Add(vowel, 0);
            if (trailing != 0) Add(trailing, 0);
        }
        else
        {
            var (first, second) = CanonicalProperties.DecompositionOf(codePoint);
            AddDecomposed(first);
            if (second != 0) AddDecomposed(second);
        }
    }

    private void Add(int codePoint, int combiningClass)
    {
        if (_count == _codePoints.Length)
        {
            Array.Resize(ref _codePoints, _count * 2);
            Array.Resize(ref _classes, _count * 2);
        }

        _codePoints[_count] = codePoint;
        _classes[_count++] = (byte)combiningClass;
    }

    /// <summary>Sorts every run of combining marks by class, keeping the order of marks of equal class.</summary>
    private void PutMarksInCanonicalOrder()
    {
        for (var start = 0; start < _count;)
        {
            if (_classes[start] == 0)
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < _count && _classes[end] != 0) end++;
            if (end - start <= InsertionSortLimit) InsertionSort(start, end);
            else StableSort(start, end);
            start = end;
        }
    }

    private void InsertionSort(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var (codePoint, combiningClass) = (_codePoints[i], _classes[i]);
            var j = i;
            for (; j > start && _classes[j - 1] > combiningClass; j--)
            {
                _codePoints[j] = _codePoints[j - 1];
                _classes[j] = _classes[j - 1];
            }

            (_codePoints[j], _classes[j]) = (codePoint, combiningClass);
        }
    }

    private void StableSort(int start, int end)
    {
        // Class, then position, in one key: an unstable sort of unique keys keeps equal classes in order.
        var keys = new long[end - start];
        for (var i = start; i < end; i++) keys[i - start] = (long)_classes[i] << 53 | (long)(i - start) << 21 | (uint)_codePoints[i];
        Array.Sort(keys);
        for (var i = start; i < end; i++)
        {
            _classes[i] = (byte)(keys[i - start] >> 53);
            _codePoints[i] = (int)(keys[i - start] & 0x1FFFFF);
        }
    }

    /// <summary>
    /// The canonical composition algorithm: each character joins the last starter when a primary composite of the
    /// two exists and no character between them has a combining class of 0 or one at least as high as its own.
    /// </summary>
    private void Compose()
    {
        if (_count == 0) return;
        var starter = _classes[0] == 0 ? 0 : -1;
        var lastClass = _classes[0] == 0 ? 0 : 256;
        var kept = 1;
        for (var i = 1; i < _count; i++)
        {
            var (codePoint, combiningClass) = (_codePoints[i], _classes[i]);
            var blocked = lastClass != 0 && lastClass >= combiningClass;
            if (starter >= 0 && !blocked && CanonicalProperties.TryCompose(_codePoints[starter], codePoint, out var composite))
            {
                _codePoints[starter] = composite;
                continue;
            }

            if (combiningClass == 0) starter = kept;
            lastClass = combiningClass;
            _codePoints[kept] = codePoint;
            _classes[kept++] = combiningClass;
        }

        _count = kept;
    }

    private ReadOnlySpan<char> Encode()
    {
        if (_chars.Length < _count * 2) _chars = new char[_count * 2];
        var length = 0;
        for (var i = 0; i < _count; i++) length += Utf16CodePoints.Write(_codePoints[i], _chars, length);
        return _chars.AsSpan(0, length);
    }
}
