using LegalGen.Localization;

namespace LegalGen.Tests.Localization;

public class PluralRulesTests
{
    [Theory]
    [InlineData("pl", 1, "one")]
    [InlineData("pl", 2, "few")]
    [InlineData("pl", 12, "many")]
    [InlineData("pl", 22, "few")]
    [InlineData("pl", 25, "many")]
    [InlineData("uk", 21, "one")]
    [InlineData("uk", 11, "many")]
    [InlineData("cs", 3, "few")]
    [InlineData("cs", 5, "other")]
    [InlineData("fr", 0, "one")]
    [InlineData("ja", 1, "other")]
    [InlineData("ar", 0, "zero")]
    [InlineData("ar", 2, "two")]
    [InlineData("ar", 7, "few")]
    [InlineData("ar", 11, "many")]
    [InlineData("ar", 100, "other")]
    [InlineData("pt-BR", 0, "one")]
    [InlineData("pt-PT", 0, "other")]
    public void Counts_fall_into_the_CLDR_plural_categories(string language, long n, string category)
    {
        Assert.Equal(category, PluralRules.Category(language, n));
    }

    /// <summary>
    /// For each language, the category of the counts 0–30, 100–125, 1000, 1 000 000, 2 000 000 and 1 000 001, one letter
    /// per count: z(ero), o(ne), t(wo), f(ew), m(any), x (other). Computed from the rule expressions of CLDR's plurals.xml
    /// (cardinal; whole numbers: i = n, v = f = t = e = 0) by a small evaluator of its syntax, not by the code under test.
    /// </summary>
    public static TheoryData<string, string> Table => new()
    {
        //          0–30                            |100–125                   |1000|1e6|2e6|1e6+1
        { "en",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "de",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "bg",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "tr",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "ja",    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "zh-CN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "zh-TW", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "id",    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "hi",    "ooxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "fr",    "ooxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|m|m|x" },
        { "pt-BR", "ooxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|m|m|x" },
        { "pt-PT", "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|m|m|x" },
        { "es",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|m|m|x" },
        { "it",    "xoxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|m|m|x" },
        { "cs",    "xofffxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "sk",    "xofffxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "pl",    "mofffmmmmmmmmmmmmmmmmmfffmmmmmm|mmfffmmmmmmmmmmmmmmmmmfffm|m|m|m|m" },
        { "uk",    "mofffmmmmmmmmmmmmmmmmofffmmmmmm|mofffmmmmmmmmmmmmmmmmofffm|m|m|m|o" },
        { "ru",    "mofffmmmmmmmmmmmmmmmmofffmmmmmm|mofffmmmmmmmmmmmmmmmmofffm|m|m|m|o" },
        { "hr",    "xofffxxxxxxxxxxxxxxxxofffxxxxxx|xofffxxxxxxxxxxxxxxxxofffx|x|x|x|o" },
        { "sl",    "xotffxxxxxxxxxxxxxxxxxxxxxxxxxx|xotffxxxxxxxxxxxxxxxxxxxxx|x|x|x|o" },
        { "lt",    "xoffffffffxxxxxxxxxxxoffffffffx|xoffffffffxxxxxxxxxxxoffff|x|x|x|o" },
        { "lv",    "zoxxxxxxxxzzzzzzzzzzzoxxxxxxxxz|zoxxxxxxxxzzzzzzzzzzzoxxxx|z|z|z|o" },
        { "ga",    "xotffffmmmmxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "mt",    "fotffffffffmmmmmmmmmxxxxxxxxxxx|xxxffffffffmmmmmmmmmxxxxxx|x|x|x|x" },
        { "ro",    "foffffffffffffffffffxxxxxxxxxxx|xfffffffffffffffffffxxxxxx|x|x|x|f" },
        { "he",    "xotxxxxxxxxxxxxxxxxxxxxxxxxxxxx|xxxxxxxxxxxxxxxxxxxxxxxxxx|x|x|x|x" },
        { "ar",    "zotffffffffmmmmmmmmmmmmmmmmmmmm|xxxffffffffmmmmmmmmmmmmmmm|x|x|x|x" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_language_chooses_CLDRs_category_for_every_count(string language, string expected)
    {
        var counts = Enumerable.Range(0, 31).Select(n => (long)n)
            .Concat(Enumerable.Range(100, 26).Select(n => (long)n))
            .Concat([1000, 1_000_000, 2_000_000, 1_000_001]);
        var actual = string.Concat(counts.Select(n => Letter(PluralRules.Category(language, n))));
        Assert.Equal(expected.Replace("|", ""), actual);
    }

    [Theory]
    [InlineData("bg")] [InlineData("hr")] [InlineData("cs")] [InlineData("da")] [InlineData("nl")] [InlineData("en")] [InlineData("et")]
    [InlineData("fi")] [InlineData("fr")] [InlineData("de")] [InlineData("el")] [InlineData("hu")] [InlineData("ga")] [InlineData("it")]
    [InlineData("lv")] [InlineData("lt")] [InlineData("mt")] [InlineData("pl")] [InlineData("pt")] [InlineData("ro")] [InlineData("sk")]
    [InlineData("sl")] [InlineData("es")] [InlineData("sv")] [InlineData("zh-CN")] [InlineData("zh-TW")] [InlineData("ja")] [InlineData("ko")]
    [InlineData("ru")] [InlineData("uk")] [InlineData("ar")] [InlineData("he")] [InlineData("tr")] [InlineData("pt-BR")] [InlineData("id")]
    [InlineData("ms")] [InlineData("hi")] [InlineData("th")] [InlineData("vi")]
    public void Every_language_a_legal_team_publishes_in_has_its_own_rules(string language)
    {
        Assert.True(PluralRules.Knows(language));
    }

    [Fact]
    public void A_language_the_rules_do_not_know_is_counted_as_English_and_said_to_be_unknown()
    {
        Assert.False(PluralRules.Knows("xx"));
        Assert.Equal("one", PluralRules.Category("xx", 1));
        Assert.Equal("other", PluralRules.Category("xx", 0));
    }

    private static char Letter(string category) => category switch
    {
        "zero" => 'z',
        "one" => 'o',
        "two" => 't',
        "few" => 'f',
        "many" => 'm',
        _ => 'x',
    };
}
