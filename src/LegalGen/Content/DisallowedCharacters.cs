using System.Globalization;
using System.Text;
using LegalGen.Diagnostics;

namespace LegalGen.Content;

/// <summary>
/// The rule for characters that have no place in published text: control characters other than tab and
/// line feed (word processors paste vertical tabs, form feeds and escapes), Unicode non-characters
/// (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane) and unpaired surrogates. None of them
/// shows on a page, and XML (feeds, sitemap) cannot carry most of them. They are removed wherever they
/// come from — a file's bytes, a YAML escape such as <c>"\e"</c>, an HTML entity — with a warning (LG033)
/// naming each place; the line breaks among them (vertical tab, form feed, U+0085) become a space, so the
/// words they separated stay apart. NUL in a file's bytes is an error instead (LG014): it means a binary file.
/// </summary>
public static class DisallowedCharacters
{
    /// <summary>At most this many warnings per file; the last one counts the rest.</summary>
    private const int MaxReportedPerFile = 10;

    public static bool IsDisallowed(char c) =>
        (c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF';

    /// <summary>True when <paramref name="text"/> has nothing to remove (the common case, checked without allocating).</summary>
    public static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0x7F) continue;
            if (IsDisallowed(c)) return false;
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
                if (IsNonCharacter(char.ConvertToUtf32(c, text[i + 1]))) return false;
                i++;
            }
        }

        return true;
    }

    /// <summary><paramref name="text"/> without disallowed characters, nothing reported (for LegalGen's own files).</summary>
    public static string Remove(string text) => IsClean(text) ? text : Clean(text, (_, _) => { });

    /// <summary>
    /// Removes disallowed characters from a whole file's text, warning at each one's line and column
    /// (<paramref name="firstLine"/> is the file line of the text's first line).
    /// </summary>
    public static string Remove(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (IsClean(text)) return text;
        var reported = 0;
        var line = firstLine;
        var lineStart = 0;
        var scanned = 0;
        return Clean(text, (index, what) =>
        {
            for (; scanned < index; scanned++)
            {
                if (text[scanned] != '\n') continue;
                line++;
                lineStart = scanned + 1;
            }

            Report(diagnostics, new SourceLocation(file, line, index - lineStart + 1), what, ref reported);
        });
    }

    /// <summary>Removes disallowed characters from one value (e.g. produced by a YAML escape), warning at <paramref name="at"/>.</summary>
    public static string Remove(string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (IsClean(value)) return value;
        var reported = 0;
        return Clean(value, (_, what) => Report(diagnostics, at, what, ref reported));
    }

    private static void Report(DiagnosticBag diagnostics, SourceLocation at, string what, ref int reported)
    {
        reported++;
        if (reported > MaxReportedPerFile) return;
        diagnostics.Warning(DiagnosticCodes.DisallowedCharacter, at,
            reported == MaxReportedPerFile ? $"{what} was removed (and any further such characters in this text)" : $"{what} was removed",
            "control characters and Unicode non-characters never show on a page; delete it in your editor (it is often pasted from a word processor)");
    }

    private static string Clean(string text, Action<int, string> removed)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsNonCharacter(scalar)) removed(i, $"the non-character U+{scalar:X4}");
                else clean.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                removed(i, $"an unpaired surrogate U+{(int)c:X4}");
                continue;
            }

            if (!IsDisallowed(c))
            {
                clean.Append(c);
                continue;
            }

            removed(i, $"the {Describe(c)}");
            if (c is '\v' or '\f' or '\u0085' && clean.Length > 0 && clean[^1] != ' ' && clean[^1] != '\n') clean.Append(' ');
        }

        return clean.ToString();
    }

    private static bool IsNonCharacter(int scalar) => (scalar & 0xFFFE) == 0xFFFE || scalar is >= 0xFDD0 and <= 0xFDEF;

    private static string Describe(char c) => c switch
    {
        '\v' => "vertical tab (U+000B)",
        '\f' => "form feed (U+000C)",
        '\u001B' => "escape character (U+001B)",
        '\0' => "NUL character (U+0000)",
        '\u0085' => "next-line character (U+0085)",
        '\u007F' => "delete character (U+007F)",
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => $"non-character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}",
        _ => $"control character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}",
    };
}
