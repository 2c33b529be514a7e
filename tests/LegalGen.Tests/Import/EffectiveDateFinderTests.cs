using System.Text.RegularExpressions;
using LegalGen.Import;

namespace LegalGen.Tests.Import;

/// <summary>How the importer finds the day a text says it takes effect, in the forms legal teams write it.</summary>
public class EffectiveDateFinderTests
{
    private static readonly EffectiveDateFinder Finder = new([]);

    [Theory]
    // English, as Mozilla and others write it
    [InlineData("Effective May 4, 2026", "2026-05-04")]
    [InlineData("*Effective September 8, 2020*", "2020-09-08")]
    [InlineData("**Effective date:** 4 May 2026", "2026-05-04")]
    [InlineData("Effective: May 4th, 2026", "2026-05-04")]
    [InlineData("Effective as of Sept. 30, 2021", "2021-09-30")]
    [InlineData("EFFECTIVE DATE: MAY 4, 2026", "2026-05-04")]
    [InlineData("Effective 2026-05-04", "2026-05-04")]
    [InlineData("## Effective date: Monday, 4 May 2026", "2026-05-04")]
    // German, Polish, French, Spanish, Italian, Czech, Ukrainian, Arabic
    [InlineData("Gültig ab Montag, 4. Mai 2026", "2026-05-04")]
    [InlineData("*Gültig ab 1. August 2022*", "2022-08-01")]
    [InlineData("Gültig ab 04.05.2026", "2026-05-04")]
    [InlineData("Data wejścia w życie: 4 maja 2026 r.", "2026-05-04")]
    [InlineData("*Data wejścia w życie: 2024-01-17 r.", "2024-01-17")]
    [InlineData("En vigueur à compter du 1er mai 2026", "2026-05-01")]
    [InlineData("Date d’entrée en vigueur : 4 mai 2026", "2026-05-04")]
    [InlineData("Fecha de entrada en vigor: 4 de mayo de 2026", "2026-05-04")]
    [InlineData("In vigore dal 4 maggio 2026", "2026-05-04")]
    [InlineData("Účinnost od 4. května 2026", "2026-05-04")]
    [InlineData("Набуває чинності 4 травня 2026 р.", "2026-05-04")]
    [InlineData("تاريخ السريان: 4 مايو 2026", "2026-05-04")]
    // Chinese and Japanese: the date, then "takes effect"; or "effective date", then the date
    [InlineData("2026 年 5 月 4 日生效", "2026-05-04")]
    [InlineData("*2020 年 9 月 8 日生效*", "2020-09-08")]
    [InlineData("発効日 2026 年 5 月 4 日", "2026-05-04")]
    [InlineData("*有効日 2020 年 9 月 8 日*", "2020-09-08")]
    [InlineData("バージョン 1.0、2023年11月1日発効", "2023-11-01")]
    [InlineData("生效日期：2026年5月4日", "2026-05-04")]
    public void A_statement_in_words_gives_the_day(string line, string expected)
    {
        var stated = EffectiveDateFinder.Choose(Finder.Find("# Policy\n\n" + line + "\n\nText.\n"));

        Assert.NotNull(stated);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stated.Date);
        Assert.Equal(StatementKind.Words, stated.Statement.Kind);
        Assert.Equal(3, stated.Statement.Line);
    }

    [Theory]
    [InlineData("September 9, 2020\n{: datetime=\"2020-09-09\" }", "2020-09-09")]
    [InlineData("Mittwoch, 9. September 2020\n{: datetime=\"2020-09-9\" }", "2020-09-09")]
    [InlineData("In force from <time datetime=\"2026-05-04\">the fourth of May</time>.", "2026-05-04")]
    public void Without_words_the_datetime_attribute_gives_the_day(string lines, string expected)
    {
        var stated = EffectiveDateFinder.Choose(Finder.Find("# Policy\n\n" + lines + "\n"));

        Assert.NotNull(stated);
        Assert.Equal(StatementKind.Attribute, stated.Statement.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stated.Date);
    }

    [Theory]
    [InlineData("Last updated: May 4, 2026")]
    [InlineData("The changes are effective immediately.")]
    [InlineData("We process data from May 4, 2026 onwards; this is effective May 4, 2026.")]
    [InlineData("Published 4 May 2026")]
    public void Words_that_do_not_state_an_effective_date_at_the_start_of_a_line_are_not_taken(string line)
    {
        Assert.Null(EffectiveDateFinder.Choose(Finder.Find(line + "\n")));
    }

    [Fact]
    public void When_words_and_attribute_disagree_the_words_are_taken_and_the_attribute_is_named()
    {
        var text = "# Firefox Privacy Notice\n\n*Effective June 30, 2023*\n{: datetime=\"2022-06-30\" }\n";

        var stated = EffectiveDateFinder.Choose(Finder.Find(text))!;

        Assert.Equal(new DateOnly(2023, 6, 30), stated.Date);
        Assert.Equal("Effective June 30, 2023", stated.Statement.Text);
        Assert.Equal((3, 2), (stated.Statement.Line, stated.Statement.Column));
        Assert.NotNull(stated.Disagreeing);
        Assert.Equal(new DateOnly(2022, 6, 30), stated.Disagreeing.Date);
        Assert.Equal((4, 4), (stated.Disagreeing.Line, stated.Disagreeing.Column));
        Assert.Equal("datetime=\"2022-06-30\"", stated.Disagreeing.Text);
    }

    [Fact]
    public void A_day_no_calendar_has_is_found_but_dates_nothing_and_the_next_statement_is_taken()
    {
        var statements = Finder.Find("Effective April 31, 2026\n{: datetime=\"2026-05-01\" }\n");

        Assert.Contains(statements, s => s is { Date: null, Text: "Effective April 31, 2026", Line: 1, Column: 1 });
        Assert.Equal(new DateOnly(2026, 5, 1), EffectiveDateFinder.Choose(statements)!.Date);
    }

    [Fact]
    public void The_first_statement_in_reading_order_is_taken()
    {
        var stated = EffectiveDateFinder.Choose(Finder.Find("Effective March 1, 2021\n\nSome text.\n\nEffective May 28, 2021\n"))!;

        Assert.Equal(new DateOnly(2021, 3, 1), stated.Date);
    }

    [Fact]
    public void A_users_pattern_is_taken_before_the_built_in_ones_with_a_month_name_or_an_iso_date()
    {
        var named = new Regex(@"^Valid from (?<day>\d+) (?<month>\w+) (?<year>\d{4})", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        var iso = new Regex(@"^Version of (?<date>\d{4}-\d\d-\d\d)", RegexOptions.Multiline);
        var text = "Effective January 1, 2020\n\nValid from 4 mai 2026\n\nVersion of 2027-01-02\n";

        Assert.Equal(new DateOnly(2026, 5, 4), EffectiveDateFinder.Choose(new EffectiveDateFinder([named]).Find(text))!.Date);
        Assert.Equal(new DateOnly(2027, 1, 2), EffectiveDateFinder.Choose(new EffectiveDateFinder([iso]).Find(text))!.Date);
        Assert.Equal(StatementKind.Pattern, EffectiveDateFinder.Choose(new EffectiveDateFinder([iso]).Find(text))!.Statement.Kind);
    }

    [Fact]
    public void A_users_pattern_must_name_where_the_date_is()
    {
        Assert.True(EffectiveDateFinder.NamesTheDate(new Regex("(?<date>.+)")));
        Assert.True(EffectiveDateFinder.NamesTheDate(new Regex("(?<day>.)(?<month>.)(?<year>.)")));
        Assert.False(EffectiveDateFinder.NamesTheDate(new Regex("(?<day>.)(?<month>.)")));
        Assert.False(EffectiveDateFinder.NamesTheDate(new Regex(@"Effective (\d+)")));
    }

    [Fact]
    public void A_statement_after_a_byte_order_mark_and_on_a_crlf_line_is_found_at_its_place()
    {
        var stated = EffectiveDateFinder.Choose(Finder.Find("\uFEFF## Notice\r\n\r\n*Gültig ab 30. September 2021*\r\n"))!;

        Assert.Equal(new DateOnly(2021, 9, 30), stated.Date);
        Assert.Equal((3, 2), (stated.Statement.Line, stated.Statement.Column));
    }
}
