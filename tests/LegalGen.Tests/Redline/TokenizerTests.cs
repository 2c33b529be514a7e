using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;

namespace LegalGen.Tests.Redline;

public class TokenizerTests
{
    private static string[] Tokens(string text) => Tokenizer.Tokenize([new InlineRun(text)]).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("Zażółć gęślą jaźń", new[] { "Zażółć", "gęślą", "jaźń" })]
    [InlineData("l'utilisateur aujourd’hui", new[] { "l'utilisateur", "aujourd’hui" })]
    [InlineData("stawka 12,5% od 2024-01-15", new[] { "stawka", "12,5%", "od", "2024-01-15" })]
    [InlineData("napisz: iod@orbizer.com.", new[] { "napisz", ":", "iod@orbizer.com", "." })]
    [InlineData("zob. https://example.com/a?b=1, dalej", new[] { "zob", ".", "https://example.com/a?b=1", ",", "dalej" })]
    [InlineData("(art. 6 ust. 1 lit. b)", new[] { "(", "art", ".", "6", "ust", ".", "1", "lit", ".", "b", ")" })]
    [InlineData("e-mail Straße", new[] { "e-mail", "Straße" })]
    [InlineData("個人情報", new[] { "個", "人", "情", "報" })]
    public void Splits_text_into_words_numbers_addresses_and_punctuation(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void Punctuation_is_not_counted_as_words()
    {
        var tokens = Tokenizer.Tokenize([new InlineRun("Tak, nie.")]);

        Assert.Equal([true, false, true, false], tokens.Select(t => t.IsWord));
    }

    [Fact]
    public void Whitespace_of_any_length_is_one_space()
    {
        var tokens = Tokenizer.Tokenize([new InlineRun("a  \n b")]);

        Assert.Equal(["", " "], tokens.Select(t => t.Space));
    }
}
