using System.Text.RegularExpressions;
using LegalGen.Markdown;

namespace LegalGen.Diff;

/// <summary>
/// Splits rendered text into tokens: Unicode words (with inner apostrophes and hyphens), numbers such as
/// <c>12,5%</c> or <c>2024-01-15</c>, e-mail addresses and URLs as one token each, punctuation as separate
/// tokens, and one token per character in scripts written without spaces (Chinese, Japanese, Thai).
/// </summary>
public static partial class Tokenizer
{
    public static List<Token> Tokenize(IReadOnlyList<InlineRun> runs)
    {
        var tokens = new List<Token>();
        var pendingSpace = false;
        foreach (var run in runs)
        {
            var verbatim = (run.Style & InlineStyle.Code) != 0;
            var text = run.Text;
            var position = 0;
            foreach (Match match in TokenPattern().Matches(text))
            {
                var gap = text.AsSpan(position, match.Index - position);
                position = match.Index + match.Length;
                string space;
                if (verbatim)
                    space = (pendingSpace ? " " : "") + gap.ToString();
                else
                    space = pendingSpace || gap.Length > 0 ? " " : "";
                pendingSpace = false;

                // Leading space of a block is not shown.
                if (tokens.Count == 0 && !verbatim) space = "";
                tokens.Add(new Token(match.Value, space, run.Style, run.Link, IsWord: !match.Groups["punct"].Success));
            }

            if (position < text.Length) pendingSpace = true;
        }

        return tokens;
    }

    [GeneratedRegex("""
        (?<url>(?:https?|ftp)://[^\s<>"]*[^\s<>".,;:!?)\]'’”»])
        |(?<email>[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+)
        |(?<num>\p{N}+(?:[.,:/\-]\p{N}+)*%?)
        |(?<nospace>[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsHiragana}\p{IsKatakana}\p{IsKatakanaPhoneticExtensions}\p{IsThai}\p{IsLao}\p{IsKhmer}\p{IsMyanmar}\p{IsCJKCompatibilityIdeographs}\p{IsHalfwidthandFullwidthForms}](?:\p{M})*)
        |(?<word>[\p{L}\p{M}\p{N}\p{Pc}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*)
        |(?<punct>\S\p{M}*)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
