using System.Globalization;
using System.Text;
using LegalGen.Text;

namespace LegalGen.Markdown;

/// <summary>
/// The ids LegalGen gave headings before it followed GitHub's rule: Latin letters folded to ASCII (ł→l, ß→ss, é→e),
/// anything else that is not a letter or digit turned into one hyphen. Pages and citations made with those ids
/// exist, so a heading whose id changed keeps its old one as an alias (<see cref="HeadingIds"/>).
/// </summary>
internal static class LegacyHeadingSlug
{
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ł'] = "l", ['Ł'] = "l", ['ß'] = "ss", ['ø'] = "o", ['Ø'] = "o", ['æ'] = "ae", ['Æ'] = "ae",
        ['œ'] = "oe", ['Œ'] = "oe", ['đ'] = "d", ['Đ'] = "d", ['þ'] = "th", ['Þ'] = "th", ['ð'] = "d", ['ı'] = "i",
    };

    /// <summary>The old slug, or "section" where nothing of the text was kept.</summary>
    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in CanonicalNormalization.ToNfd(text))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            string? piece = Folds.TryGetValue(c, out var folded) ? folded
                : char.IsLetterOrDigit(c) ? SimpleCaseMapping.ToLower(c).ToString()
                : null;
            if (piece is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen) slug.Append('-');
            pendingHyphen = false;
            slug.Append(piece);
        }

        return slug.Length == 0 ? "section" : CanonicalNormalization.ToNfc(slug.ToString());
    }
}
