using System.Text.RegularExpressions;

namespace LegalGen.Pages;

/// <summary>
/// Whether headings carry their own numbers ("8. Account Security", "1.2 Scope", "IV. Liability", "§ 3 Fees",
/// "(a) Cookies", "第3条"): a list of them that numbers its items again reads "8. 8. Account Security", so the
/// contents and the list of changed sections are left unnumbered when any of their headings has a number.
/// </summary>
public static partial class HeadingNumbers
{
    /// <summary>True when <paramref name="heading"/> starts with a number, a paragraph sign or a list marker of its own.</summary>
    public static bool Carried(string heading) => Number().IsMatch(heading);

    /// <summary>True when any of <paramref name="headings"/> carries its own number.</summary>
    public static bool CarriedByAny(IEnumerable<string> headings) => headings.Any(Carried);

    // 1.  1.2  1.2.3.  8)  (1)  §3  § 3  §§ 3  IV.  iv)  (iv)  (a)  A.  b)  第3条  第三章 — each followed by a space or
    // the end, but for 第…条, which runs into its title. \d takes every script's digits (Arabic-Indic, full-width…).
    [GeneratedRegex("""
        ^\s*(?:
            §+\s*\d
          | 第[\d〇零一二三四五六七八九十百千]+[条條章节節款项項编編部]
          | (?:
                \(?\d+(?:\.\d+)*[.)]
              | \d+(?:\.\d+)+
              | \(?(?:[IVXLCDM]+|[ivxlcdm]+)[.)]
              | \([A-Za-z]\)
              | [A-Za-z][.)]
            )(?=\s|$)
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
