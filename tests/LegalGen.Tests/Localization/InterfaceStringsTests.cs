using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Localization;

public class InterfaceStringsTests
{
    private static readonly IReadOnlyDictionary<string, InterfaceStrings> All =
        InterfaceStringsLoader.LoadAll(TemplateSource.Folder(RepoPaths.Templates), ["pl", "en", "de", "uk", "ja", "ar", "fr", "es", "it", "cs", "pt-BR", "sw", "de-CH"], new DiagnosticBag());

    [Theory]
    [InlineData("pl", "15 stycznia 2024")]
    [InlineData("en", "January 15, 2024")]
    [InlineData("ja", "2024年1月15日")]
    [InlineData("de", "15. Januar 2024")]
    [InlineData("uk", "15 січня 2024 р.")]
    [InlineData("ar", "15 يناير 2024")]
    public void Dates_are_written_as_each_language_writes_them(string language, string expected)
    {
        Assert.Equal(expected, All[language].Date(new DateOnly(2024, 1, 15)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("ja-JP")]
    public void Dates_do_not_depend_on_the_machines_culture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal("15 stycznia 2024", All["pl"].Date(new DateOnly(2024, 1, 15)));
            Assert.Equal("January 15, 2024", All["en"].Date(new DateOnly(2024, 1, 15)));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Theory]
    [InlineData("pl", 1, "dodano 1 słowo")]
    [InlineData("pl", 3, "dodano 3 słowa")]
    [InlineData("pl", 5, "dodano 5 słów")]
    [InlineData("pl", 22, "dodano 22 słowa")]
    [InlineData("en", 1, "1 word inserted")]
    [InlineData("en", 2, "2 words inserted")]
    public void Counts_take_the_languages_plural_form(string language, int count, string expected)
    {
        Assert.Equal(expected, All[language].Plural("words_inserted", count));
    }

    [Fact]
    public void A_missing_key_falls_back_to_English_and_an_unknown_one_to_itself()
    {
        Assert.Equal(All["en"].Get("skip_to_content"), All["sw"].Get("skip_to_content"));
        Assert.Equal("no_such_key", All["pl"].Get("no_such_key"));
    }

    [Fact]
    public void A_site_folder_overrides_one_string_and_keeps_every_other_from_the_built_in_strings()
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalgen-tests", "strings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "i18n"));
        File.WriteAllText(Path.Combine(folder, "i18n", "pl.yml"), "skip_to_content: Do treści\n");
        File.WriteAllText(Path.Combine(folder, "i18n", "en.yml"), "words_inserted: { one: \"{0} word added\", other: \"{0} words added\" }\n");
        var diagnostics = new DiagnosticBag();

        var strings = InterfaceStringsLoader.LoadAll(TemplateSource.Locate(folder), ["pl", "en", "de"], diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal("Do treści", strings["pl"].Get("skip_to_content"));
        Assert.Equal(All["pl"].Get("not_found_title"), strings["pl"].Get("not_found_title"));
        Assert.Equal("dodano 5 słów", strings["pl"].Plural("words_inserted", 5));
        Assert.Equal("2 words added", strings["en"].Plural("words_inserted", 2));
        Assert.Equal(All["de"].Get("skip_to_content"), strings["de"].Get("skip_to_content"));
        Assert.True(strings["de"].Has("skip_to_content"));
        Assert.False(strings["de"].Has("no_such_key"));
    }

    [Theory]
    [InlineData("{year}年{month_number}月{day}日", null, "2024年1月15日")]
    [InlineData("{year}. {month} {day}.", "[január, február, március, április, május, június, július, augusztus, szeptember, október, november, december]", "2024. január 15.")]
    [InlineData("{day}. {month} {year}", "[januára, februára, marca, apríla, mája, júna, júla, augusta, septembra, októbra, novembra, decembra]", "15. januára 2024")]
    [InlineData("{day}.{month_number}.{year}", null, "15.1.2024")]
    [InlineData("{year}년 {month_number}월 {day}일", null, "2024년 1월 15일")]
    public void A_languages_date_format_and_month_names_write_its_dates(string format, string? months, string expected)
    {
        var strings = Strings("xx", $"date_format: \"{format}\"\n" + (months is null ? "" : $"months: {months}\n"));

        Assert.Equal(expected, strings["xx"].Date(new DateOnly(2024, 1, 15)));
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("th-TH")]
    [InlineData("hi-IN")]
    [InlineData("zh-CN")]
    public void Numbers_in_dates_and_counts_are_never_the_machines_digits_or_calendar(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var strings = Strings("xx", "date_format: \"{year}年{month_number}月{day}日\"\ncount: { other: \"{0}字\" }\n");
            Assert.Equal("2024年12月31日", strings["xx"].Date(new DateOnly(2024, 12, 31)));
            Assert.Equal("1234567字", strings["xx"].Plural("count", 1234567));
            Assert.Equal("15 يناير 2024", All["ar"].Date(new DateOnly(2024, 1, 15)));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void A_plural_text_without_the_form_a_count_needs_takes_its_other_form()
    {
        var strings = Strings("pl", "words_inserted: { one: \"dodano {0} słowo\", other: \"dodano słów: {0}\" }\n");

        Assert.Equal("dodano słów: 5", strings["pl"].Plural("words_inserted", 5));
        Assert.Equal("dodano 1 słowo", strings["pl"].Plural("words_inserted", 1));
    }

    [Fact]
    public void Texts_a_page_writes_are_marked_with_the_language_they_are_written_in()
    {
        var strings = Strings("sw", "skip_to_content: Ruka hadi maudhui\n");
        var sw = strings["sw"];

        Assert.Equal(LanguageMarks.Mark("Ruka hadi maudhui", "sw"), sw.Text("skip_to_content"));
        Assert.Equal(LanguageMarks.Mark("In force since " + LanguageMarks.Mark("jana", "sw"), "en"), sw.Text("in_force_since", "jana"));
        Assert.Equal(LanguageMarks.Mark("3 words inserted", "en"), sw.PluralText("words_inserted", 3));
        Assert.Equal(LanguageMarks.Mark("January 15, 2024", "en"), sw.DateText(new DateOnly(2024, 1, 15)));
        Assert.Equal("en", sw.LanguageOf("languages"));
        Assert.Equal("sw", sw.LanguageOf("skip_to_content"));
        Assert.Null(sw.LanguageOf("no_such_key"));
        Assert.Equal("In force since jana", sw.Get("in_force_since", "jana"));
    }

    [Fact]
    public void A_region_without_strings_of_its_own_reads_its_base_language_and_says_which()
    {
        var swiss = All["de-CH"];

        Assert.Equal(All["de"].Get("skip_to_content"), swiss.Get("skip_to_content"));
        Assert.Equal(LanguageMarks.Mark(All["de"].Get("skip_to_content"), "de"), swiss.Text("skip_to_content"));
    }

    /// <summary>The built-in strings under a site's own <c>i18n/&lt;language&gt;.yml</c>.</summary>
    private static IReadOnlyDictionary<string, InterfaceStrings> Strings(string language, string yaml)
    {
        var folder = Path.Combine(Path.GetTempPath(), "legalgen-tests", "strings-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "i18n"));
        File.WriteAllText(Path.Combine(folder, "i18n", language + ".yml"), yaml);
        return InterfaceStringsLoader.LoadAll(TemplateSource.Locate(folder), [language], new DiagnosticBag());
    }
}
