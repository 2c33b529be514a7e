using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Pages.Comparison;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Localization;

/// <summary>
/// In Chinese, Japanese and Thai the redline compares character by character, so its counts are of characters and
/// say so; in languages written with spaces they are of words.
/// </summary>
public class CountedUnitsTests
{
    [Theory]
    [InlineData("ja", "characters")]
    [InlineData("zh-CN", "characters")]
    [InlineData("zh-TW", "characters")]
    [InlineData("th", "characters")]
    [InlineData("ko", "words")]
    [InlineData("vi", "words")]
    [InlineData("en", "words")]
    public void Languages_written_without_spaces_count_characters(string language, string unit)
    {
        Assert.Equal(unit, CountedUnits.Of(language));
    }

    [Fact]
    public void A_redline_of_Japanese_texts_counts_characters_and_one_of_English_texts_words()
    {
        using var site = new TestSite("""
            title: 規約
            default_language: ja
            languages: [ja, en]
            """)
            .Version("privacy/2024-01-01.ja.md", "title: プライバシーポリシー", "当社はメールアドレスを収集します。\n")
            .Version("privacy/2024-01-01.en.md", "title: Privacy policy", "We collect e-mail addresses.\n")
            .Version("privacy/2025-01-01.ja.md", "title: プライバシーポリシー\nsummary: 電話番号。", "当社はメールアドレスと電話番号を収集します。\n")
            .Version("privacy/2025-01-01.en.md", "title: Privacy policy\nsummary: Phone numbers.", "We collect e-mail addresses and phone numbers.\n");

        site.BuildSucceeding();

        // と電話番号: five characters, each compared on its own.
        Assert.Equal("5文字を追加", site.Page("ja/privacy/diff/2024-01-01..2025-01-01/index.html").QuerySelector(".count-ins")!.TextContent);
        Assert.Equal("3 words inserted", site.Page("en/privacy/diff/2024-01-01..2025-01-01/index.html").QuerySelector(".count-ins")!.TextContent);
    }

    [Fact]
    public void A_comparison_of_Japanese_binding_texts_on_an_English_page_counts_characters_in_English()
    {
        var english = InterfaceStringsLoader.LoadAll(TemplateSource.Folder(RepoPaths.Templates), ["en"], new DiagnosticBag())["en"];

        var result = PublishedComparison.Compare("<p>当社は収集します。</p>", "<p>当社は情報を収集します。</p>", english, textLanguage: "ja");

        Assert.Contains("3 characters inserted", result.Summary);
        Assert.Contains("<del>", PublishedComparison.Compare("<p>当社は情報を収集します。</p>", "<p>当社は収集します。</p>", english, textLanguage: "ja").Redline);
    }
}
