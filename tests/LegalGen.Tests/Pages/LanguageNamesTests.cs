using LegalGen.Pages;

namespace LegalGen.Tests.Pages;

public class LanguageNamesTests
{
    [Theory]
    [InlineData("bg", "Български")] [InlineData("hr", "Hrvatski")] [InlineData("cs", "Čeština")] [InlineData("da", "Dansk")]
    [InlineData("nl", "Nederlands")] [InlineData("en", "English")] [InlineData("et", "Eesti")] [InlineData("fi", "Suomi")]
    [InlineData("fr", "Français")] [InlineData("de", "Deutsch")] [InlineData("el", "Ελληνικά")] [InlineData("hu", "Magyar")]
    [InlineData("ga", "Gaeilge")] [InlineData("it", "Italiano")] [InlineData("lv", "Latviešu")] [InlineData("lt", "Lietuvių")]
    [InlineData("mt", "Malti")] [InlineData("pl", "Polski")] [InlineData("pt", "Português")] [InlineData("ro", "Română")]
    [InlineData("sk", "Slovenčina")] [InlineData("sl", "Slovenščina")] [InlineData("es", "Español")] [InlineData("sv", "Svenska")]
    [InlineData("zh-CN", "简体中文")] [InlineData("zh-TW", "繁體中文")] [InlineData("ja", "日本語")] [InlineData("ko", "한국어")]
    [InlineData("ru", "Русский")] [InlineData("uk", "Українська")] [InlineData("ar", "العربية")] [InlineData("he", "עברית")]
    [InlineData("tr", "Türkçe")] [InlineData("pt-BR", "Português (Brasil)")] [InlineData("id", "Bahasa Indonesia")]
    [InlineData("ms", "Bahasa Melayu")] [InlineData("hi", "हिन्दी")] [InlineData("th", "ไทย")] [InlineData("vi", "Tiếng Việt")]
    public void The_switcher_names_every_language_a_legal_team_publishes_in_by_its_own_name(string tag, string name)
    {
        Assert.Equal(name, LanguageNames.NameOf(tag));
    }

    [Fact]
    public void A_region_without_a_name_of_its_own_is_its_languages_name_with_the_tag_and_the_sites_own_name_wins()
    {
        Assert.Equal("Deutsch (de-AT)", LanguageNames.NameOf("de-AT"));
        Assert.Equal("Deutsch (Schweiz)", LanguageNames.NameOf("de-CH", new Dictionary<string, string> { ["de-CH"] = "Deutsch (Schweiz)" }));
        Assert.Equal("xx", LanguageNames.NameOf("xx"));
    }

    [Theory]
    [InlineData("he", "rtl")]
    [InlineData("ar", "rtl")]
    [InlineData("zh-TW", "ltr")]
    [InlineData("hi", "ltr")]
    public void Hebrew_and_Arabic_are_written_right_to_left(string tag, string direction)
    {
        Assert.Equal(direction, LanguageNames.DirectionOf(tag));
    }
}
