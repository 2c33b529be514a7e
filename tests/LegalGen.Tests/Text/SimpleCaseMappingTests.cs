using LegalGen.Text;

namespace LegalGen.Tests.Text;

public class SimpleCaseMappingTests
{
    [Theory]
    [InlineData('A', 'a')]
    [InlineData('Ł', 'ł')]
    [InlineData('Ą', 'ą')]
    [InlineData('Ä', 'ä')]
    [InlineData('Ÿ', 'ÿ')]
    [InlineData('Σ', 'σ')]
    [InlineData('Ж', 'ж')]
    [InlineData('Ⴀ', 'ⴀ')]
    [InlineData('ß', 'ß')]
    [InlineData('a', 'a')]
    [InlineData('1', '1')]
    [InlineData('İ', 'İ')] // as .NET's invariant casing: a lowercase 'i' would lose the dot
    [InlineData('\u1C89', '\u1C89')] // CYRILLIC CAPITAL LETTER TJE came in Unicode 16, after the data's version
    public void Characters_lowercase_by_the_simple_mapping_of_the_data(char c, char lower)
    {
        Assert.Equal(lower, SimpleCaseMapping.ToLower(c));
    }
}
