using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>GitHub alerts (<c>&gt; [!NOTE]</c>…) are callouts titled in words in the text's language, never "[!NOTE]" as text.</summary>
public class CalloutTests
{
    [Theory]
    [InlineData("NOTE", "note", "Note")]
    [InlineData("TIP", "tip", "Tip")]
    [InlineData("IMPORTANT", "important", "Important")]
    [InlineData("WARNING", "warning", "Warning")]
    [InlineData("CAUTION", "caution", "Caution")]
    public void An_alert_is_a_callout_with_its_kind_in_words(string marker, string kind, string title)
    {
        using var renderer = new MarkdownRenderer();
        var diagnostics = new DiagnosticBag();

        var html = renderer.Render($"Before.\n\n> [!{marker}]\n> You may withdraw **consent** at any time.\n", "p/x.en.md", 1, diagnostics).Html;

        var callout = new HtmlParser().ParseDocument(html).QuerySelector("div.callout")!;
        Assert.Equal(["callout", "callout-" + kind], callout.ClassList);
        Assert.Equal(title, callout.QuerySelector("p.callout-title")!.TextContent);
        Assert.Equal("You may withdraw consent at any time.", callout.QuerySelector("p:not(.callout-title)")!.TextContent);
        Assert.DoesNotContain("[!", html, StringComparison.Ordinal);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_callout_is_titled_in_the_language_of_its_page()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka", "> [!WARNING]\n> Uważaj.\n");

        site.BuildSucceeding();

        var callout = site.Page("pl/p/index.html").QuerySelector(".policy-text div.callout-warning")!;
        Assert.Equal("Ostrzeżenie", callout.QuerySelector(".callout-title")!.TextContent);
    }

    [Fact]
    public void A_callouts_text_is_compared_in_the_redline_without_its_marker()
    {
        using var renderer = new MarkdownRenderer();

        var blocks = renderer.Render("> [!NOTE]\n> Keep this.\n").Blocks;

        Assert.Equal(["Keep this."], blocks.Select(b => b.PlainText));
    }
}
