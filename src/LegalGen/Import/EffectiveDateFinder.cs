using System.Globalization;
using System.Text.RegularExpressions;

namespace LegalGen.Import;

/// <summary>
/// Finds where a policy's text states the day it takes effect, as legal teams write it: a line that starts with a
/// phrase meaning "effective" followed by a date ("Effective May 4, 2026", "Effective date: 4 May 2026", "Gültig ab
/// Montag, 4. Mai 2026", "Data wejścia w życie: 4 maja 2026 r.", "En vigueur à compter du 1er mai 2026",
/// "発効日 2026 年 5 月 4 日"), a Chinese or Japanese date followed by "takes effect" anywhere in a line ("2026 年 5 月 4
/// 日生效", "2023年11月1日発効"), and markup that carries the date for machines (<c>{: datetime="2026-05-04" }</c>,
/// <c>&lt;time datetime="2026-05-04"&gt;</c>). "Last updated" is not an effective date and is not taken. Patterns the
/// user gives come before all of these. See docs/import.md for the full list.
/// </summary>
internal sealed partial class EffectiveDateFinder(IReadOnlyList<Regex> userPatterns)
{
    /// <summary>How long a user's pattern may search one text: a pattern that backtracks without end must not hang the import.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Every statement of an effective date in <paramref name="text"/>: the user's patterns', then words, then attributes, each in reading order.</summary>
    public IReadOnlyList<DateStatement> Find(string text)
    {
        var lines = new LineIndex(text);
        var found = new List<DateStatement>();
        foreach (var pattern in userPatterns) Collect(pattern, StatementKind.Pattern, text, lines, found);
        var words = new List<DateStatement>();
        Collect(PhraseThenDate(), StatementKind.Words, text, lines, words);
        Collect(EastAsianDateThenPhrase(), StatementKind.Words, text, lines, words);
        found.AddRange(words.OrderBy(s => s.Line).ThenBy(s => s.Column));
        Collect(DateAttribute(), StatementKind.Attribute, text, lines, found);
        return found;
    }

    /// <summary>
    /// The statement to date the text by — the first of the user's patterns that names a real day, else the first
    /// such words, else the first such attribute — with an attribute that says otherwise; null when the text states none.
    /// </summary>
    public static StatedDate? Choose(IReadOnlyList<DateStatement> statements)
    {
        var valid = statements.Where(s => s.Date is not null).ToList();
        var attribute = valid.FirstOrDefault(s => s.Kind == StatementKind.Attribute);
        var taken = valid.FirstOrDefault(s => s.Kind == StatementKind.Pattern) ?? valid.FirstOrDefault(s => s.Kind == StatementKind.Words) ?? attribute;
        if (taken is null) return null;
        var disagreeing = taken.Kind != StatementKind.Attribute && attribute is not null && attribute.Date != taken.Date ? attribute : null;
        return new StatedDate(taken, disagreeing);
    }

    /// <summary>A user's pattern must say where the date is: a group <c>date</c>, or groups <c>year</c>, <c>month</c> and <c>day</c>.</summary>
    public static bool NamesTheDate(Regex pattern)
    {
        var names = pattern.GetGroupNames();
        return names.Contains("date") || (names.Contains("year") && names.Contains("month") && names.Contains("day"));
    }

    private static void Collect(Regex pattern, StatementKind kind, string text, LineIndex lines, List<DateStatement> into)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var whole = match.Groups["statement"] is { Success: true } statement ? statement : match.Groups[0];
            var (line, column) = lines.At(whole.Index);
            into.Add(new DateStatement(DateOf(match), kind, whole.Value.Trim(), line, column));
        }
    }

    private static DateOnly? DateOf(Match match)
    {
        if (match.Groups["date"] is { Success: true } date)
            return DateOnly.TryParseExact(date.Value.Trim(), ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var year = Number(match, "year", "y");
        var month = match.Groups["month"] is { Success: true } m ? MonthNames.Number(m.Value) : match.Groups["m"] is { Success: true } m2 ? MonthNames.Number(m2.Value) : null;
        var day = Number(match, "day", "d");
        if (year is not { } y || month is not { } mo || day is not { } d) return null;
        return y is >= 1 and <= 9999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int? Number(Match match, string name, string shortName)
    {
        var group = match.Groups[name] is { Success: true } g ? g : match.Groups[shortName];
        return group.Success && int.TryParse(group.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    // The parts of the built-in patterns. Digits are ASCII: \d would take Arabic-Indic and other digits that are no year here.
    private const string LineStart = @"^[\uFEFF \t>*_#|]*";
    private const string Between = @"[*_ \t]*[:：]?[*_ \t|]*";
    private const string Weekday = @"(?:\p{L}+\.?,?[ \t]+)?";
    private const string Dates =
        @"(?:(?<m>\p{L}+)\.?[ \t]+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?[ \t]+(?<y>[0-9]{4})"
        + @"|(?<d>[0-9]{1,2})(?:\.|er|º|st|nd|rd|th)?[ \t]+(?:de[ \t]+)?(?<m>\p{L}+)\.?,?[ \t]+(?:de[ \t]+|del[ \t]+)?(?<y>[0-9]{4})"
        + @"|(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})"
        + @"|(?<d>[0-9]{1,2})\.[ \t]?(?<m>[0-9]{1,2})\.[ \t]?(?<y>[0-9]{4})"
        + EastAsianDate + ")";

    private const string EastAsianDate = @"|(?<y>[0-9]{4})[ \t]*年[ \t]*(?<m>[0-9]{1,2})[ \t]*月[ \t]*(?<d>[0-9]{1,2})[ \t]*日";

    /// <summary>Phrases meaning "effective (from)" that open a line, in the languages of the interface and Chinese.</summary>
    private const string Phrases =
        // English
        @"effective(?:[ \t]+date)?(?:[ \t]+(?:as[ \t]+of|from|on|since))?|date[ \t]+of[ \t]+effect|in[ \t]+(?:force|effect)[ \t]+(?:from|since|as[ \t]+of)|valid[ \t]+from"
        // German
        + @"|gültig[ \t]+(?:ab|seit)|wirksam[ \t]+(?:ab|seit)|in[ \t]+kraft[ \t]+(?:ab|seit)|inkrafttreten|datum[ \t]+des[ \t]+inkrafttretens"
        // French
        + @"|en[ \t]+vigueur[ \t]+(?:à[ \t]+compter[ \t]+du|à[ \t]+partir[ \t]+du|depuis[ \t]+le|dès[ \t]+le|au|le)|date[ \t]+d['’][ \t]*entrée[ \t]+en[ \t]+vigueur|entrée[ \t]+en[ \t]+vigueur"
        // Spanish
        + @"|(?:vigente|en[ \t]+vigor)[ \t]+(?:desde(?:[ \t]+el)?|a[ \t]+partir[ \t]+del?)|fecha[ \t]+de[ \t]+(?:entrada[ \t]+en[ \t]+vigor|vigencia)|entrada[ \t]+en[ \t]+vigor"
        // Italian
        + @"|in[ \t]+vigore[ \t]+(?:dal|a[ \t]+partire[ \t]+dal)|data[ \t]+di[ \t]+entrata[ \t]+in[ \t]+vigore|entrata[ \t]+in[ \t]+vigore|(?:valido|efficace)[ \t]+dal"
        // Polish
        + @"|data[ \t]+wejścia[ \t]+w[ \t]+życie|obowiązuje[ \t]+od(?:[ \t]+dnia)?|wchodzi[ \t]+w[ \t]+życie(?:[ \t]+z[ \t]+dniem)?"
        // Czech
        + @"|účinnost[ \t]+od|účinné[ \t]+od|platné[ \t]+od|datum[ \t]+účinnosti"
        // Ukrainian
        + @"|набуває[ \t]+чинності(?:[ \t]+з)?|дата[ \t]+набрання[ \t]+чинності|чинн(?:ий|а|е)[ \t]+з"
        // Arabic
        + @"|تاريخ[ \t]+السريان|تاريخ[ \t]+النفاذ|(?:يسري|ساري[ \t]+المفعول)[ \t]+(?:اعتبار[اًا]*[ \t]+)?من"
        // Japanese and Chinese, before a date
        + @"|発効日|有効日|施行日|効力発生日|生效日期|生效日|生效时间|生效時間|施行日期";

    [GeneratedRegex(LineStart + "(?<statement>(?:" + Phrases + ")" + Between + Weekday + Dates + ")",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PhraseThenDate();

    [GeneratedRegex(@"(?<statement>(?<y>[0-9]{4})[ \t]*年[ \t]*(?<m>[0-9]{1,2})[ \t]*月[ \t]*(?<d>[0-9]{1,2})[ \t]*日[ \t]*(?:より|から|起)?[ \t]*(?:生效|発効|施行|有効))",
        RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EastAsianDateThenPhrase();

    [GeneratedRegex(@"(?:\{:?|<time\b)[^}>\n]*?\b(?<statement>datetime[ \t]*=[ \t]*[""']?(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})[""']?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateAttribute();

    /// <summary>Line and column of an offset, found by binary search over where lines start.</summary>
    private sealed class LineIndex
    {
        private readonly List<int> _starts = [0];

        public LineIndex(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') _starts.Add(i + 1);
            }
        }

        public (int Line, int Column) At(int offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, offset - _starts[index] + 1);
        }
    }
}
