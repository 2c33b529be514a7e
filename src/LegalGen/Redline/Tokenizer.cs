using System.Globalization;
using System.Text;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>
/// Splits rendered text into tokens: Unicode words (with inner apostrophes and hyphens), numbers such as
/// <c>12,5%</c> or <c>2024-01-15</c>, e-mail addresses and URLs as one token each, punctuation as separate
/// tokens, and one token per character in scripts written without spaces (Chinese, Japanese, Thai…).
/// A single forward scan: tokenizing is on the hot path of every diff.
/// </summary>
public static class Tokenizer
{
    [ThreadStatic]
    private static List<Token>? _buffer;

    /// <summary>Tokenizes a block's runs; with a <paramref name="pool"/>, equal token texts share one string.</summary>
    public static Token[] Tokenize(IReadOnlyList<InlineRun> runs, TokenPool? pool = null)
    {
        var tokens = _buffer ??= new List<Token>(256);
        tokens.Clear();
        var pendingSpace = false;
        foreach (var run in runs)
        {
            var verbatim = (run.Style & InlineStyle.Code) != 0;
            var text = run.Text;
            var i = 0;
            while (i < text.Length)
            {
                var gapStart = i;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                if (i >= text.Length)
                {
                    pendingSpace |= i > gapStart;
                    break;
                }

                var (length, isWord) = Next(text, i);
                string space;
                if (verbatim) space = (pendingSpace ? " " : "") + text[gapStart..i];
                else space = pendingSpace || i > gapStart ? " " : "";
                if (tokens.Count == 0 && !verbatim) space = "";
                pendingSpace = false;
                var value = pool is null ? text.Substring(i, length) : pool.Get(text.AsSpan(i, length));
                tokens.Add(new Token(value, space, run.Style, run.Link, isWord));
                i += length;
            }
        }

        var result = tokens.ToArray();
        if (tokens.Capacity > 65536) _buffer = null;
        return result;
    }

    /// <summary>The length of the token starting at <paramref name="i"/> (not whitespace) and whether it is a word.</summary>
    private static (int Length, bool IsWord) Next(string text, int i)
    {
        var c = text[i];

        // Most tokens are plain ASCII words: no URL, no e-mail address, no other script.
        if (char.IsAsciiLetter(c))
        {
            var end = i + 1;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
            if (end == text.Length || (text[end] < 0x80 && text[end] is not ('@' or '.' or '_' or '%' or '+' or '-' or ':' or '\'' or '/')))
                return (end - i, true);
        }

        if (c is 'h' or 'H' or 'f' or 'F')
        {
            var url = UrlLength(text, i);
            if (url > 0) return (url, true);
        }

        var email = EmailLength(text, i);
        if (email > 0) return (email, true);

        var rune = RuneAt(text, i);
        if (Rune.IsNumber(rune)) return (NumberLength(text, i), true);
        if (IsWrittenWithoutSpaces(rune.Value)) return (rune.Utf16SequenceLength + MarksAfter(text, i + rune.Utf16SequenceLength), true);
        if (IsWordRune(rune)) return (WordLength(text, i), true);
        return (rune.Utf16SequenceLength + MarksAfter(text, i + rune.Utf16SequenceLength), false);
    }

    private static int UrlLength(string text, int i)
    {
        var rest = text.AsSpan(i);
        int scheme;
        if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) scheme = 8;
        else if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)) scheme = rest[0] is 'f' or 'F' ? 6 : 7;
        else return 0;

        var end = i + scheme;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"')) end++;

        // Sentence punctuation after a URL is not part of it.
        while (end > i + scheme && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’' or '”' or '»') end--;
        return end > i + scheme ? end - i : 0;
    }

    /// <summary>
    /// An address's local part is at most 64 characters and a domain label 63, so the scan looks no further:
    /// a long run of "a.a.a.a…" costs a bounded look-ahead per token, not one as long as the run.
    /// </summary>
    private const int MaxEmailLocalPart = 64;

    private const int MaxDomainLabel = 63;

    private static int EmailLength(string text, int i)
    {
        var at = i;
        var localEnd = Math.Min(text.Length, i + MaxEmailLocalPart);
        while (at < localEnd && (char.IsLetterOrDigit(text[at]) || text[at] is '.' or '_' or '%' or '+' or '-')) at++;
        if (at == i || at >= text.Length || text[at] != '@' || text[i] == '.') return 0;

        var end = at + 1;
        var labels = 0;
        while (true)
        {
            var labelStart = end;
            var labelEnd = Math.Min(text.Length, end + MaxDomainLabel + 1);
            while (end < labelEnd && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) end++;
            if (end - labelStart > MaxDomainLabel) return 0;
            if (end == labelStart) return labels >= 2 ? end - 1 - i : 0;
            labels++;
            if (end + 1 < text.Length && text[end] == '.' && (char.IsLetterOrDigit(text[end + 1]) || text[end + 1] == '-')) end++;
            else return labels >= 2 ? end - i : 0;
        }
    }

    /// <summary>Digits with inner separators (<c>12,5</c>, <c>2024-01-15</c>, <c>10:30</c>, <c>1/2</c>) and a trailing <c>%</c>.</summary>
    private static int NumberLength(string text, int i)
    {
        var end = i;
        while (true)
        {
            while (end < text.Length && char.IsNumber(text[end])) end++;
            if (end + 1 < text.Length && text[end] is '.' or ',' or ':' or '/' or '-' && char.IsNumber(text[end + 1])) end++;
            else break;
        }

        if (end < text.Length && text[end] == '%') end++;
        return end - i;
    }

    /// <summary>Letters, marks, digits and connectors, with inner apostrophes and hyphens ("l'utilisateur", "e-mail").</summary>
    private static int WordLength(string text, int i)
    {
        var end = i;
        while (end < text.Length)
        {
            if (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_')
            {
                end++;
                continue;
            }

            var rune = RuneAt(text, end);
            if (IsWordRune(rune) && !IsWrittenWithoutSpaces(rune.Value))
            {
                end += rune.Utf16SequenceLength;
                continue;
            }

            if (text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])
                && !IsWrittenWithoutSpaces(text[end + 1]))
            {
                end++;
                continue;
            }

            break;
        }

        return end - i;
    }

    /// <summary>The code point at <paramref name="i"/>; a lone surrogate reads as U+FFFD of length 1.</summary>
    private static Rune RuneAt(string text, int i)
    {
        Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
        return consumed == rune.Utf16SequenceLength ? rune : new Rune('\uFFFD');
    }

    private static int MarksAfter(string text, int i)
    {
        var end = i;
        while (end < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[end]) is UnicodeCategory.NonSpacingMark
                   or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) end++;
        return end - i;
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.ConnectorPunctuation;

    /// <summary>Scripts that do not separate words with spaces: each character is compared on its own.</summary>
    internal static bool IsWrittenWithoutSpaces(int c) =>
        c is >= 0x3400 and <= 0x4DBF        // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF      // CJK Unified Ideographs
            or >= 0xF900 and <= 0xFAFF      // CJK Compatibility Ideographs
            or >= 0x3040 and <= 0x30FF      // Hiragana, Katakana
            or >= 0x31F0 and <= 0x31FF      // Katakana Phonetic Extensions
            or >= 0xFF00 and <= 0xFFEF      // Halfwidth and Fullwidth Forms
            or >= 0x0E00 and <= 0x0EFF      // Thai, Lao
            or >= 0x1000 and <= 0x109F      // Myanmar
            or >= 0x1780 and <= 0x17FF      // Khmer
            or >= 0x20000 and <= 0x3FFFF;   // CJK Extensions B and later
}
