using System.Collections.Frozen;

namespace LegalGen.Text;

/// <summary>
/// What canonical normalization needs to know of each code point, read once from <see cref="UnicodeCharacterDatabase"/>:
/// its combining class, its quick-check answers, its decomposition and which pairs compose.
/// </summary>
internal static class CanonicalProperties
{
    private const int ClassMask = 0xFF;

    /// <summary>Has a canonical decomposition: NFD_Quick_Check=No.</summary>
    private const ushort NotInNfd = 1 << 8;

    /// <summary>Decomposes and never recomposes (Full_Composition_Exclusion): NFC_Quick_Check=No.</summary>
    private const ushort NotInNfc = 1 << 9;

    /// <summary>Can compose with the character before it: NFC_Quick_Check=Maybe.</summary>
    private const ushort MaybeInNfc = 1 << 10;

    private static readonly CodePointTable Table;
    private static readonly FrozenDictionary<int, (int First, int Second)> Decompositions;
    private static readonly FrozenDictionary<long, int> Compositions;

    static CanonicalProperties()
    {
        var table = new CodePointTable.Builder();
        var classes = UnicodeCharacterDatabase.CombiningClasses;
        for (var i = 0; i < classes.Length; i += 3)
            for (var c = classes[i]; c <= classes[i + 1]; c++) table.Add(c, (ushort)classes[i + 2]);

        var excluded = UnicodeCharacterDatabase.CompositionExclusions.ToArray().ToHashSet();
        var decompositions = new Dictionary<int, (int, int)>();
        var compositions = new Dictionary<long, int>();
        var mappings = UnicodeCharacterDatabase.CanonicalDecompositions;
        for (var i = 0; i < mappings.Length; i += 3)
        {
            var (composite, first, second) = (mappings[i], mappings[i + 1], mappings[i + 2]);
            decompositions.Add(composite, (first, second));
            table.Add(composite, NotInNfd);

            // Singletons and decompositions that start with a combining mark never recompose (UAX #15, Full_Composition_Exclusion).
            var excludedFromComposition = second == 0 || excluded.Contains(composite)
                || (table.Get(composite) & ClassMask) != 0 || (table.Get(first) & ClassMask) != 0;
            if (excludedFromComposition)
            {
                table.Add(composite, NotInNfc);
                continue;
            }

            compositions.Add(Pair(first, second), composite);
            table.Add(second, MaybeInNfc);
        }

        for (var c = HangulSyllables.First; c <= HangulSyllables.Last; c++) table.Add(c, NotInNfd);
        for (var c = 0x1100; c <= 0x11FF; c++)
            if (HangulSyllables.ComposesWithPrevious(c)) table.Add(c, MaybeInNfc);

        Table = table.Build();
        Decompositions = decompositions.ToFrozenDictionary();
        Compositions = compositions.ToFrozenDictionary();
    }

    /// <summary>The properties of <paramref name="codePoint"/>, to ask the methods below about.</summary>
    public static int Of(int codePoint) => Table[codePoint];

    public static int CombiningClass(int properties) => properties & ClassMask;

    /// <summary>Whether a character with these properties may stay as it is in NFC (<paramref name="composed"/>) or NFD.</summary>
    public static bool PassesQuickCheck(int properties, bool composed) => (properties & (composed ? NotInNfc | MaybeInNfc : NotInNfd)) == 0;

    public static bool HasDecomposition(int properties) => (properties & NotInNfd) != 0;

    /// <summary>The one-level canonical decomposition of a character that has one, Hangul syllables aside; Second is 0 for a singleton.</summary>
    public static (int First, int Second) DecompositionOf(int codePoint) => Decompositions[codePoint];

    /// <summary>The primary composite of <paramref name="first"/> and <paramref name="second"/>, Hangul syllables included.</summary>
    public static bool TryCompose(int first, int second, out int composite) =>
        Compositions.TryGetValue(Pair(first, second), out composite) || HangulSyllables.TryCompose(first, second, out composite);

    private static long Pair(int first, int second) => (long)first << 21 | (uint)second;
}
