using System.Globalization;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Localization;

public class InterfaceStringsTests
{
    private static readonly IReadOnlyDictionary<string, InterfaceStrings> All =
        InterfaceStringsLoader.LoadAll(TemplateSource.Folder(RepoPaths.Templates), ["pl", "en", "de", "uk", "ja", "ar", "fr", "es", "it", "cs", "pt-BR", "eo"], new DiagnosticBag());

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
        Assert.Equal(All["en"].Get("skip_to_content"), All["eo"].Get("skip_to_content"));
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

    [Fact]
    public void Every_shipped_language_translates_every_English_key()
    {
        var english = Keys("en");
        foreach (var language in new[] { "pl", "de", "uk", "ja", "ar", "fr", "es", "it", "cs" })
            Assert.Equal(english, Keys(language));

        static IEnumerable<string> Keys(string language) =>
            new YamlDotNet.RepresentationModel.YamlStream().Let(s =>
            {
                s.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", language + ".yml"))));
                return ((YamlDotNet.RepresentationModel.YamlMappingNode)s.Documents[0].RootNode).Children.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
            });
    }
}

internal static class LetExtension
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
