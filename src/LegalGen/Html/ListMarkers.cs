using System.Globalization;
using System.Text;

namespace LegalGen.Html;

/// <summary>
/// The marker a reader sees before an item of a numbered list — <c>3.</c>, <c>c.</c>, <c>iii.</c> — as a browser draws it
/// for <c>&lt;ol type="…"&gt;</c>: always with a full stop, whichever delimiter the Markdown was written with
/// (<c>3)</c> and <c>3.</c> look the same on the page). Markdown lists and HTML lists are numbered by this one rule.
/// </summary>
public static class ListMarkers
{
    /// <summary>The marker of an unnumbered list's items.</summary>
    public const string Bullet = "•";

    /// <param name="type">The list's numbering as <c>&lt;ol type&gt;</c> names it: <c>1</c>, <c>a</c>, <c>A</c>, <c>i</c> or <c>I</c>.</param>
    public static string Ordered(string type, int number) => type switch
    {
        "a" when number > 0 => ((char)('a' + (number - 1) % 26)) + ".",
        "A" when number > 0 => ((char)('A' + (number - 1) % 26)) + ".",
        "i" when number is > 0 and < 4000 => Roman(number).ToLowerInvariant() + ".",
        "I" when number is > 0 and < 4000 => Roman(number) + ".",
        _ => number.ToString(CultureInfo.InvariantCulture) + ".",
    };

    private static string Roman(int number)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var roman = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            for (; number >= values[i]; number -= values[i]) roman.Append(symbols[i]);
        return roman.ToString();
    }
}
