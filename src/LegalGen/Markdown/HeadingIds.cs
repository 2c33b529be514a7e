using System.Globalization;
using System.Text;
using LegalGen.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Gives every heading a stable id from its text, so <c>…/2023-03-01/#zamowienia-i-platnosci</c> cites a
/// clause: Latin letters are folded to ASCII (ł→l, ß→ss, é→e), other scripts keep their letters, duplicates
/// get -2, -3. An explicit id (<c>## Cookies {#cookies}</c>) always wins. Ids do not depend on the machine: the
/// normalization and lowercasing are LegalGen's own (<see cref="CanonicalNormalization"/>), not ICU's.
/// </summary>
internal static class HeadingIds
{
    private static readonly Dictionary<char, string> Folds = new()
    {
        ['ł'] = "l", ['Ł'] = "l", ['ß'] = "ss", ['ø'] = "o", ['Ø'] = "o", ['æ'] = "ae", ['Æ'] = "ae",
        ['œ'] = "oe", ['Œ'] = "oe", ['đ'] = "d", ['Đ'] = "d", ['þ'] = "th", ['Þ'] = "th", ['ð'] = "d", ['ı'] = "i",
    };

    /// <summary>Gives every heading without an id one; returns how many ids it tried, which grows with the headings, not their square.</summary>
    public static int Assign(MarkdownDocument document)
    {
        var tried = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = document.Descendants<HeadingBlock>().ToList();
        foreach (var heading in headings)
        {
            if (heading.GetAttributes().Id is { Length: > 0 } explicitId) used.Add(explicitId);
        }

        // The next number to try for each slug, so a thousand equal headings take a thousand steps, not a million.
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 }) continue;
            var text = string.Concat(InlineRunCollector.Collect(heading.Inline).Select(r => r.Text));
            var slug = Slugify(text);
            if (slug.Length == 0) slug = "section";
            var id = slug;
            var n = nextNumber.GetValueOrDefault(slug, 2);
            for (tried++; !used.Add(id); n++, tried++) id = $"{slug}-{n}";
            nextNumber[slug] = n;
            attributes.Id = id;
        }

        return tried;
    }

    internal static string Slugify(string text)
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

        return CanonicalNormalization.ToNfc(slug.ToString());
    }
}
