using LegalGen.Pages;

namespace LegalGen.Tests.Pages;

public class HeadingNumbersTests
{
    [Theory]
    [InlineData("8. Account Security")]
    [InlineData("1.2 Scope")]
    [InlineData("1.2.3. Fees")]
    [InlineData("8) Cookies")]
    [InlineData("(1) Definitions")]
    [InlineData("IV. Liability")]
    [InlineData("iv) Liability")]
    [InlineData("(iv) Liability")]
    [InlineData("(a) Cookies")]
    [InlineData("A. Definitions")]
    [InlineData("§3 Fees")]
    [InlineData("§ 3 Opłaty")]
    [InlineData("§§ 3–5 Fees")]
    [InlineData("第3条 目的")]
    [InlineData("第十二章 附则")]
    [InlineData("١. النطاق")]
    [InlineData("  2. Indented")]
    [InlineData("12.")]
    public void A_heading_that_starts_with_its_own_number_carries_it(string heading) =>
        Assert.True(HeadingNumbers.Carried(heading), heading);

    [Theory]
    [InlineData("Account Security")]
    [InlineData("2024 changes")]
    [InlineData("1.5GB of storage")]
    [InlineData("Article 5")]
    [InlineData("Mr. Smith's rights")]
    [InlineData("e.g. examples")]
    [InlineData("I agree")]
    [InlineData("Do czego wykorzystujemy informacje?")]
    [InlineData("")]
    public void A_heading_that_starts_with_a_word_or_a_year_carries_no_number(string heading) =>
        Assert.False(HeadingNumbers.Carried(heading), heading);

    [Fact]
    public void One_numbered_heading_is_enough_for_a_list_to_carry_numbers() =>
        Assert.True(HeadingNumbers.CarriedByAny(["Definitions", "3. Fees", "Contact"]));
}
