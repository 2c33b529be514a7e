namespace LegalGen.Text;

/// <summary>
/// Unicode canonical normalization (NFC and NFD, UAX #15) in managed code, from the data of
/// <see cref="UnicodeVersion"/>: unlike <see cref="string.Normalize()"/> it gives the same result on every machine,
/// with or without ICU, whatever its version, and in globalization-invariant mode, where .NET does not normalize at all.
/// Lone surrogates pass through unchanged.
/// </summary>
public static class CanonicalNormalization
{
    /// <summary>The version of the Unicode Character Database that the normalization follows.</summary>
    public const string UnicodeVersion = UnicodeCharacterDatabase.Version;

    /// <summary>
    /// The composed form (NFC) of <paramref name="text"/>; the same instance when it is in NFC already, which for
    /// the text of a European language is found at the speed of a scan.
    /// </summary>
    public static string ToNfc(string text) => Normalize(text, compose: true, stableBelow: '\u0300');

    /// <summary>The decomposed form (NFD) of <paramref name="text"/>; the same instance when it is in NFD already.</summary>
    public static string ToNfd(string text) => Normalize(text, compose: false, stableBelow: '\u00C0');

    /// <summary>
    /// Copies the text, normalizing only the segments that fail the quick check (UAX #15, 9): a segment runs from
    /// the last character before the failure that has combining class 0 and passes the check, to the next such one.
    /// Below <paramref name="stableBelow"/> — U+0300, the first combining mark, for NFC; U+00C0, the first character
    /// that decomposes, for NFD — every character passes and starts a segment.
    /// </summary>
    private static string Normalize(string text, bool compose, char stableBelow)
    {
        var span = text.AsSpan();
        var position = span.IndexOfAnyExceptInRange('\0', (char)(stableBelow - 1));
        if (position < 0) return text;

        PooledCharBuffer? result = null;
        NormalizationSegment? segment = null;
        var copied = 0;
        var segmentStart = Math.Max(position - 1, 0);
        var lastClass = 0;
        while (position < span.Length)
        {
            if (span[position] < stableBelow)
            {
                var skipped = span[position..].IndexOfAnyExceptInRange('\0', (char)(stableBelow - 1));
                if (skipped < 0) break;
                position += skipped;
                segmentStart = position - 1;
                lastClass = 0;
                continue;
            }

            var codePoint = Utf16CodePoints.At(span, position, out var width);
            var properties = CanonicalProperties.Of(codePoint);
            var combiningClass = CanonicalProperties.CombiningClass(properties);
            if (CanonicalProperties.PassesQuickCheck(properties, compose) && (combiningClass == 0 || lastClass <= combiningClass))
            {
                if (combiningClass == 0) segmentStart = position;
                lastClass = combiningClass;
                position += width;
                continue;
            }

            var end = SegmentEnd(span, position + width, compose, stableBelow);
            var original = span[segmentStart..end];
            var normalized = (segment ??= new NormalizationSegment()).Normalize(original, compose);
            if (!normalized.SequenceEqual(original))
            {
                result ??= new PooledCharBuffer(span.Length + span.Length / 8);
                result.Append(span[copied..segmentStart]);
                result.Append(normalized);
                copied = end;
            }

            position = segmentStart = end;
            lastClass = 0;
        }

        if (result is null) return text;
        using (result)
        {
            result.Append(span[copied..]);
            return result.ToString();
        }
    }

    /// <summary>Where the next segment starts, at or after <paramref name="from"/>: at a starter that passes the quick check.</summary>
    private static int SegmentEnd(ReadOnlySpan<char> text, int from, bool compose, char stableBelow)
    {
        var end = from;
        while (end < text.Length && text[end] >= stableBelow)
        {
            var properties = CanonicalProperties.Of(Utf16CodePoints.At(text, end, out var width));
            if (CanonicalProperties.CombiningClass(properties) == 0 && CanonicalProperties.PassesQuickCheck(properties, compose)) break;
            end += width;
        }

        return end;
    }
}
