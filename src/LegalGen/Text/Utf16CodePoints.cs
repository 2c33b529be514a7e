namespace LegalGen.Text;

/// <summary>Reads and writes code points in UTF-16 text that may hold lone surrogates, which pass through unchanged.</summary>
internal static class Utf16CodePoints
{
    /// <summary>The code point at <paramref name="index"/>: a surrogate pair's, or the lone surrogate itself.</summary>
    public static int At(ReadOnlySpan<char> text, int index, out int width)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }

        width = 1;
        return c;
    }

    /// <summary>Writes <paramref name="codePoint"/> at <paramref name="index"/>; returns how many chars it took.</summary>
    public static int Write(int codePoint, Span<char> destination, int index)
    {
        if (codePoint < 0x10000)
        {
            destination[index] = (char)codePoint;
            return 1;
        }

        destination[index] = (char)(0xD800 + ((codePoint - 0x10000) >> 10));
        destination[index + 1] = (char)(0xDC00 + ((codePoint - 0x10000) & 0x3FF));
        return 2;
    }
}
