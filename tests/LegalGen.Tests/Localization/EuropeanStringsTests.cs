using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Rendering;
using LegalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Tests.Localization;

/// <summary>
/// The built-in strings of bg, hr, da, nl, et, fi, el, hu, ga, lv, lt, mt, pt and ro: read as the build reads them, each
/// file holds English's keys in English's order with the same placeholders, gives every plural text the CLDR categories
/// its language uses for whole numbers, and writes dates and counts as the language does in legal text.
/// </summary>
public class EuropeanStringsTests
{
    /// <summary>Each language's CLDR cardinal categories for integers (CLDR plurals.xml).</summary>
    private static readonly Dictionary<string, string[]> Categories = new()
    {
        ["bg"] = ["one", "other"], ["da"] = ["one", "other"], ["nl"] = ["one", "other"], ["et"] = ["one", "other"],
        ["fi"] = ["one", "other"], ["el"] = ["one", "other"], ["hu"] = ["one", "other"], ["pt"] = ["one", "other"],
        ["hr"] = ["one", "few", "other"], ["lt"] = ["one", "few", "other"], ["ro"] = ["one", "few", "other"],
        ["lv"] = ["zero", "one", "other"],
        ["ga"] = ["one", "two", "few", "many", "other"], ["mt"] = ["one", "two", "few", "many", "other"],
    };

    private static readonly IReadOnlyDictionary<string, InterfaceStrings> All = Load();

    private static IReadOnlyDictionary<string, InterfaceStrings> Load()
    {
        var diagnostics = new DiagnosticBag();
        var all = InterfaceStringsLoader.LoadAll(TemplateSource.Folder(RepoPaths.Templates), ["en", .. Categories.Keys], diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return all;
    }

    public static TheoryData<string> EachLanguage() => new(Categories.Keys);

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void Each_file_has_the_English_keys_in_their_order_with_the_same_placeholders(string language) =>
        StringsFileShape.AssertEnglishKeysInOrderWithSamePlaceholders(language);

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void Every_plural_text_has_a_form_for_each_category_the_language_uses(string language)
    {
        foreach (var (key, value) in StringsFileShape.Root("en").Children)
        {
            if (value is not YamlMappingNode) continue;
            var (_, forms) = All[language].PluralForms(key.ToString())!.Value;
            Assert.All(Categories[language], category => Assert.True(forms.ContainsKey(category), $"{language}: {key} has no '{category}' form"));
        }
    }

    [Theory]
    [InlineData("bg", "15 януари 2024 г.")]
    [InlineData("hr", "15. siječnja 2024.")]
    [InlineData("da", "15. januar 2024")]
    [InlineData("nl", "15 januari 2024")]
    [InlineData("et", "15.1.2024")]
    [InlineData("fi", "15. tammikuuta 2024")]
    [InlineData("el", "15 Ιανουαρίου 2024")]
    [InlineData("hu", "2024. január 15.")]
    [InlineData("ga", "15 Eanáir 2024")]
    [InlineData("lv", "15.1.2024.")]
    [InlineData("lt", "2024 m. sausio 15 d.")]
    [InlineData("mt", "15 ta' Jannar 2024")]
    [InlineData("pt", "15 de janeiro de 2024")]
    [InlineData("ro", "15 ianuarie 2024")]
    public void Dates_are_written_as_the_language_writes_them_in_legal_text(string language, string expected)
    {
        Assert.Equal(expected, All[language].Date(new DateOnly(2024, 1, 15)));
    }

    [Theory]
    [InlineData("hr", "Na snazi od 1. veljače 2025. do 30. lipnja 2027.")]
    [InlineData("hu", "Hatályos 2025. február 1. napjától 2027. június 30. napjáig")]
    [InlineData("lt", "Galioja nuo 2025 m. vasario 1 d. iki 2027 m. birželio 30 d.")]
    [InlineData("lv", "Spēkā no 1.2.2025. līdz 30.6.2027.")]
    [InlineData("fi", "Voimassa 1. helmikuuta 2025 alkaen 30. kesäkuuta 2027 saakka")]
    [InlineData("nl", "Geldend van 1 februari 2025 tot en met 30 juni 2027")]
    public void A_version_in_force_until_a_later_one_reads_as_the_language_writes_a_period(string language, string expected)
    {
        var ui = All[language];
        Assert.Equal(expected, ui.Get("in_force_from_until", ui.Date(new DateOnly(2025, 2, 1)), ui.Date(new DateOnly(2027, 6, 30))));
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void A_sentence_ending_in_a_date_that_ends_with_a_full_stop_has_no_second_one(string language)
    {
        // bg, hr, hu, lv and lt dates end with a full stop ("15. siječnja 2024.", "15 януари 2024 г."); their sentences leave their own out there.
        var ui = All[language];
        var date = ui.Date(new DateOnly(2027, 7, 1));
        foreach (var text in new[]
                 {
                     ui.Get("notice_announce", date), ui.Get("notice_announce_published", date, date),
                     ui.Get("notice_withdrawn", date), ui.Get("notice_withdrawal_upcoming", date),
                 })
        {
            Assert.DoesNotContain("..", text, StringComparison.Ordinal);
            Assert.Matches(@"[.!]$", text);
        }
    }

    [Theory]
    [InlineData("bg", 1, "1 добавена дума")]
    [InlineData("bg", 2, "2 добавени думи")]
    [InlineData("da", 2, "2 ord indsat")]
    [InlineData("nl", 1, "1 woord ingevoegd")]
    [InlineData("nl", 2, "2 woorden ingevoegd")]
    [InlineData("et", 2, "2 lisatud sõna")]
    [InlineData("fi", 1, "1 lisätty sana")]
    [InlineData("fi", 2, "2 lisättyä sanaa")]
    [InlineData("el", 2, "2 λέξεις προστέθηκαν")]
    [InlineData("hu", 2, "2 beszúrt szó")]
    [InlineData("pt", 2, "2 palavras inseridas")]
    [InlineData("hr", 1, "1 dodana riječ")]
    [InlineData("hr", 5, "5 dodanih riječi")]
    [InlineData("lt", 1, "1 įterptas žodis")]
    [InlineData("lt", 10, "10 įterptų žodžių")]
    [InlineData("lv", 1, "1 ievietots vārds")]
    [InlineData("mt", 1, "1 kelma miżjuda")]
    [InlineData("mt", 20, "20 kelma miżjuda")]
    [InlineData("ro", 1, "1 cuvânt introdus")]
    [InlineData("ro", 20, "20 de cuvinte introduse")]
    [InlineData("ga", 20, "Focail curtha isteach: 20")]
    public void Counts_take_the_languages_plural_form(string language, int count, string expected)
    {
        Assert.Equal(expected, All[language].Plural("words_inserted", count));
    }

    [Theory]
    [InlineData("hr", "few", "3 dodane riječi")]
    [InlineData("lt", "few", "3 įterpti žodžiai")]
    [InlineData("lv", "zero", "10 ievietotu vārdu")]
    [InlineData("lv", "other", "2 ievietoti vārdi")]
    [InlineData("mt", "few", "3 kelmiet miżjuda")]
    [InlineData("mt", "many", "11-il kelma miżjuda")]
    [InlineData("ro", "few", "3 cuvinte introduse")]
    public void The_forms_for_the_categories_beyond_one_and_other_are_the_languages_own(string language, string category, string expected)
    {
        var count = Regex.Match(expected, @"\d+").Value;
        Assert.Equal(expected, All[language].PluralForms("words_inserted")!.Value.Forms[category].Replace("{0}", count, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EachLanguage))]
    public void The_compare_matrix_links_visible_text_is_part_of_its_accessible_name(string language)
    {
        // compare.sbn: <a aria-label="compare_pair">compare_link</a>; axe's label-content-name-mismatch wants the one inside the other.
        var name = All[language].Get("compare_pair", "1", "2");
        Assert.Contains(All[language].Get("compare_link"), name, StringComparison.OrdinalIgnoreCase);
    }
}
