using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Localization;

/// <summary>
/// The built-in strings of sk, sl, sv, zh-CN, zh-TW, ko, ru, he, tr, pt-BR, id, ms, hi, th and vi: read as the
/// build reads them, each file holds English's keys in English's order with the same placeholders, and writes
/// dates and counts as the language does.
/// </summary>
public class TranslatedStringsTests
{
    private static readonly string[] Languages = ["sk", "sl", "sv", "zh-CN", "zh-TW", "ko", "ru", "he", "tr", "pt-BR", "id", "ms", "hi", "th", "vi"];

    private static readonly IReadOnlyDictionary<string, InterfaceStrings> All = Load();

    private static IReadOnlyDictionary<string, InterfaceStrings> Load()
    {
        var diagnostics = new DiagnosticBag();
        var all = InterfaceStringsLoader.LoadAll(TemplateSource.Folder(RepoPaths.Templates), ["en", .. Languages], diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return all;
    }

    public static TheoryData<string> EachLanguage() => new(Languages);

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void Each_file_has_the_English_keys_in_their_order_with_the_same_placeholders(string language) =>
        StringsFileShape.AssertEnglishKeysInOrderWithSamePlaceholders(language);

    [Theory]
    [InlineData("sk", "15. januára 2024")]
    [InlineData("sl", "15. januarja 2024")]
    [InlineData("sv", "15 januari 2024")]
    [InlineData("zh-CN", "2024年1月15日")]
    [InlineData("zh-TW", "2024年1月15日")]
    [InlineData("ko", "2024년 1월 15일")]
    [InlineData("ru", "15 января 2024 г.")]
    [InlineData("he", "15 בינואר 2024")]
    [InlineData("tr", "15 Ocak 2024")]
    [InlineData("pt-BR", "15 de janeiro de 2024")]
    [InlineData("id", "15 Januari 2024")]
    [InlineData("ms", "15 Januari 2024")]
    [InlineData("hi", "15 जनवरी 2024")]
    [InlineData("th", "15 มกราคม 2024")]
    [InlineData("vi", "ngày 15 tháng 1 năm 2024")]
    public void Dates_are_written_as_the_language_writes_them_in_legal_text(string language, string expected)
    {
        Assert.Equal(expected, All[language].Date(new DateOnly(2024, 1, 15)));
    }

    [Theory]
    [InlineData("ru", 1, "добавлено 1 слово")]
    [InlineData("ru", 3, "добавлено 3 слова")]
    [InlineData("ru", 5, "добавлено 5 слов")]
    [InlineData("ru", 11, "добавлено 11 слов")]
    [InlineData("ru", 21, "добавлено 21 слово")]
    [InlineData("sk", 1, "1 vložené slovo")]
    [InlineData("sk", 3, "3 vložené slová")]
    [InlineData("sk", 5, "5 vložených slov")]
    [InlineData("sl", 1, "1 vstavljena beseda")]
    [InlineData("sl", 5, "5 vstavljenih besed")]
    [InlineData("sv", 1, "1 ord infogat")]
    [InlineData("sv", 2, "2 ord infogade")]
    [InlineData("pt-BR", 1, "1 palavra inserida")]
    [InlineData("pt-BR", 2, "2 palavras inseridas")]
    [InlineData("he", 1, "נוספה 1 מילה")]
    [InlineData("he", 5, "נוספו 5 מילים")]
    [InlineData("hi", 1, "1 शब्द जोड़ा गया")]
    [InlineData("hi", 2, "2 शब्द जोड़े गए")]
    [InlineData("tr", 2, "2 kelime eklendi")]
    [InlineData("zh-CN", 7, "插入7个字")]
    [InlineData("zh-TW", 7, "新增7個字")]
    [InlineData("ko", 7, "단어 7개 추가됨")]
    [InlineData("th", 7, "เพิ่ม 7 คำ")]
    [InlineData("vi", 7, "thêm 7 từ")]
    public void Counts_take_the_languages_plural_form(string language, int count, string expected)
    {
        Assert.Equal(expected, All[language].Plural("words_inserted", count));
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void The_compare_matrix_links_visible_text_is_part_of_its_accessible_name(string language)
    {
        // compare.sbn: <a aria-label="compare_pair">compare_link</a>; axe's label-content-name-mismatch wants the one inside the other.
        var name = All[language].Get("compare_pair", "1", "2");
        Assert.Contains(All[language].Get("compare_link"), name, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-TW")]
    public void Chinese_counts_say_characters_as_the_redline_counts_them(string language)
    {
        foreach (var key in new[] { "words_inserted", "words_deleted" })
        {
            var text = All[language].Plural(key, 3);
            Assert.Contains("字", text);
            Assert.DoesNotContain("词", text);
            Assert.DoesNotContain("詞", text);
        }
    }
}
