using System.Globalization;
using System.Text;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Makes names and values safe to print on a terminal or in a CI log: control characters (an escape
/// sequence could recolour, retitle or clear the terminal; a line feed could fake a second message) and
/// the invisible characters that reorder text (bidirectional overrides) are shown as visible escapes
/// such as <c>\x1B</c>, <c>\n</c> or <c>\u202E</c>. Everything else — any script, emoji — prints as it is.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text)) return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                escaped.Append(c);
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c)) return true;
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
