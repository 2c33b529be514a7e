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
}
