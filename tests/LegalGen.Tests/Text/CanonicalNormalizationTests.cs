using LegalGen.Text;

namespace LegalGen.Tests.Text;

/// <summary>Hand-picked cases that run everywhere, whether or not the machine has the Unicode conformance file or ICU.</summary>
public class CanonicalNormalizationTests
{
    [Theory]
    [InlineData("Zażółć gęślą jaźń", "Zaz\u0307o\u0301\u0142c\u0301 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301")] // Polish: ł has no decomposition
    [InlineData("Tiếng Việt", "Tie\u0302\u0301ng Vie\u0323\u0302t")] // Vietnamese: the dot below (220) before the circumflex (230)
    [InlineData("Straße, Ärger, garçon, naïve", "Straße, A\u0308rger, garc\u0327on, nai\u0308ve")] // German, French
    [InlineData("한국어", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165")] // Hangul, by arithmetic: two syllables of three jamo, one of two
    [InlineData("\u1E17", "e\u0304\u0301")] // ḗ: a composite of a composite
    [InlineData("\u0DDD", "\u0DD9\u0DCF\u0DCA")] // Sinhala: a starter that composes with a starter
    public void Composed_and_decomposed_forms_convert_both_ways(string nfc, string nfd)
    {
        Assert.Equal(nfd, CanonicalNormalization.ToNfd(nfc));
        Assert.Equal(nfc, CanonicalNormalization.ToNfc(nfd));
        Assert.Equal(nfd, CanonicalNormalization.ToNfd(nfd));
        Assert.Equal(nfc, CanonicalNormalization.ToNfc(nfc));
    }

    [Theory]
    [InlineData("a\u0301\u0323", "\u1EA1\u0301", "a\u0323\u0301")] // marks reordered by class (230 after 220), then the first composes
    [InlineData("e\u0301\u0304", "\u00E9\u0304", "e\u0301\u0304")] // same class: the macron is blocked by the acute
    [InlineData("a\u0305\u0301", "a\u0305\u0301", "a\u0305\u0301")] // blocked by a mark of the same class that does not compose
    [InlineData("\u0958", "\u0915\u093C", "\u0915\u093C")] // Devanagari QA: a composition exclusion stays decomposed
    [InlineData("\u2ADC", "\u2ADD\u0338", "\u2ADD\u0338")] // FORKING: an exclusion outside the scripts
    [InlineData("\u212B", "\u00C5", "A\u030A")] // ANGSTROM SIGN, a singleton: never comes back
    [InlineData("\u2126", "\u03A9", "\u03A9")] // OHM SIGN, a singleton to a letter that does not decompose
    [InlineData("\u0344", "\u0308\u0301", "\u0308\u0301")] // a non-starter decomposition does not recompose
    [InlineData("\u0301e", "\u0301e", "\u0301e")] // a mark at the start has nothing to join
    [InlineData("\u1100\u1161\u11A8", "\uAC01", "\u1100\u1161\u11A8")] // jamo compose into a syllable, in two steps
    [InlineData("\uAC00\u11A8", "\uAC01", "\u1100\u1161\u11A8")] // a syllable without a final consonant takes one
    [InlineData("\uAC01\u11A8", "\uAC01\u11A8", "\u1100\u1161\u11A8\u11A8")] // but not a second one
    [InlineData("\U0001D15F", "\U0001D158\U0001D165", "\U0001D158\U0001D165")] // musical symbols, outside the BMP, excluded
    [InlineData("x\uD800y\u0301", "x\uD800\u00FD", "x\uD800y\u0301")] // a lone surrogate passes through
    public void Each_form_follows_the_standard(string text, string nfc, string nfd)
    {
        Assert.Equal(nfc, CanonicalNormalization.ToNfc(text));
        Assert.Equal(nfd, CanonicalNormalization.ToNfd(text));
    }

    [Theory]
    [InlineData("Plain ASCII text.")]
    [InlineData("Zażółć gęślą jaźń — „cudzysłów”, § 3 ust. 2 – koniec…")]
    [InlineData("Tiếng Việt, 한국어, Ελληνικά, עִבְרִית")]
    public void Text_already_in_NFC_is_returned_as_the_same_instance(string text)
    {
        Assert.Same(text, CanonicalNormalization.ToNfc(text));
    }

    [Fact]
    public void Text_already_in_NFD_is_returned_as_the_same_instance()
    {
        var text = CanonicalNormalization.ToNfd("Zażółć gęślą jaźń, Tiếng Việt, 한국어");
        Assert.Same(text, CanonicalNormalization.ToNfd(text));
    }

    [Fact]
    public void Only_the_segments_that_change_are_rewritten_in_a_long_text()
    {
        var paragraph = "Administrator danych osobowych przetwarza informacje — „zgodnie z art. 6”. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 2_000)) + "Koniec: cafe\u0301.";
        var expected = string.Concat(Enumerable.Repeat(paragraph, 2_000)) + "Koniec: café.";
        Assert.Equal(expected, CanonicalNormalization.ToNfc(text));
    }

    [Fact]
    public void A_long_run_of_combining_marks_is_ordered_stably()
    {
        // 200,000 marks of alternating classes, which a plain insertion sort would take minutes to order.
        var marks = string.Concat(Enumerable.Repeat("\u0301\u0316\u0300\u0317", 50_000));
        var expected = "a" + string.Concat(Enumerable.Repeat("\u0316\u0317", 50_000)) + string.Concat(Enumerable.Repeat("\u0301\u0300", 50_000));
        Assert.Equal(expected, CanonicalNormalization.ToNfd("a" + marks));
    }
}
