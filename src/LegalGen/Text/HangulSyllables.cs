namespace LegalGen.Text;

/// <summary>
/// The Hangul syllables' canonical decompositions, which Unicode defines by arithmetic rather than by table
/// (The Unicode Standard, 3.12): a syllable is a leading consonant, a vowel and an optional trailing consonant.
/// </summary>
internal static class HangulSyllables
{
    private const int SyllableBase = 0xAC00;
    private const int LeadingBase = 0x1100;
    private const int VowelBase = 0x1161;
    private const int TrailingBase = 0x11A7;
    private const int LeadingCount = 19;
    private const int VowelCount = 21;
    private const int TrailingCount = 28;
    private const int SyllableCount = LeadingCount * VowelCount * TrailingCount;

    public const int First = SyllableBase;

    public const int Last = SyllableBase + SyllableCount - 1;

    public static bool IsSyllable(int codePoint) => (uint)(codePoint - SyllableBase) < SyllableCount;

    /// <summary>Whether a jamo can join the character before it into a syllable: a vowel, or a trailing consonant.</summary>
    public static bool ComposesWithPrevious(int codePoint) =>
        (uint)(codePoint - VowelBase) < VowelCount || (uint)(codePoint - TrailingBase - 1) < TrailingCount - 1;

    /// <summary>The jamo of <paramref name="syllable"/>; <c>Trailing</c> is 0 when it has none.</summary>
    public static (int Leading, int Vowel, int Trailing) Decompose(int syllable)
    {
        var index = syllable - SyllableBase;
        var trailing = index % TrailingCount;
        return (LeadingBase + index / (VowelCount * TrailingCount),
            VowelBase + index % (VowelCount * TrailingCount) / TrailingCount,
            trailing == 0 ? 0 : TrailingBase + trailing);
    }

    /// <summary>Joins a leading consonant and a vowel, or a syllable without a trailing consonant and one.</summary>
    public static bool TryCompose(int first, int second, out int syllable)
    {
        if ((uint)(first - LeadingBase) < LeadingCount && (uint)(second - VowelBase) < VowelCount)
        {
            syllable = SyllableBase + ((first - LeadingBase) * VowelCount + second - VowelBase) * TrailingCount;
            return true;
        }

        if (IsSyllable(first) && (first - SyllableBase) % TrailingCount == 0 && (uint)(second - TrailingBase - 1) < TrailingCount - 1)
        {
            syllable = first + second - TrailingBase;
            return true;
        }

        syllable = 0;
        return false;
    }
}
