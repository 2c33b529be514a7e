using System.Globalization;
using System.Text;
using LegalGen.Text;

namespace LegalGen.Markdown;

/// <summary>
/// The slug GitHub gives a heading (the rule of github-slugger): lowercased; every character removed that is not a
/// letter, a mark, a decimal digit, a letter number, connector punctuation (<c>_</c>), a space or a hyphen; each space
/// then a hyphen. Nothing is folded: <c>Zamówienia i płatności</c> → <c>zamówienia-i-płatności</c>, <c>GitHub's Terms</c>
/// → <c>githubs-terms</c>, <c>U.S. Law</c> → <c>us-law</c>. The lowercasing is LegalGen's own
/// (<see cref="SimpleCaseMapping"/>, with JavaScript's two special cases: <c>İ</c> and a word-final <c>Σ</c>), so
/// the slug does not depend on the machine's ICU.
/// </summary>
internal static class HeadingSlug
{
    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        var previousWasLetter = false;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var width = rune.Utf16SequenceLength;
            var category = Rune.GetUnicodeCategory(rune);
            var isLetter = category <= UnicodeCategory.OtherLetter;
            if (rune.Value == ' ') slug.Append('-');
            else if (Kept(rune, category)) AppendLower(slug, text, i, width, previousWasLetter);
            previousWasLetter = isLetter || (previousWasLetter && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark);
            i += width;
        }

        return CanonicalNormalization.ToNfc(slug.ToString());
    }

    private static bool Kept(Rune rune, UnicodeCategory category) => rune.Value == '-' || category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => true,
        UnicodeCategory.ConnectorPunctuation => true,
        // Symbols that Unicode counts as alphabetic: circled, parenthesized and squared Latin letters.
        UnicodeCategory.OtherSymbol => rune.Value is (>= 0x24B6 and <= 0x24E9) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189),
        _ => false,
    };

    private static void AppendLower(StringBuilder slug, string text, int index, int width, bool afterLetter)
    {
        if (width == 2)
        {
            slug.Append(text, index, 2);
            return;
        }

        var c = text[index];
        switch (c)
        {
            case 'İ':
                slug.Append("i\u0307");
                return;
            case 'Σ':
                // A capital sigma that ends a word lowercases to the final form, as JavaScript's toLowerCase does.
                var next = index + 1 < text.Length ? text[index + 1] : ' ';
                slug.Append(afterLetter && !char.IsLetter(next) ? 'ς' : 'σ');
                return;
            default:
                slug.Append(SimpleCaseMapping.ToLower(c));
                return;
        }
    }
}
