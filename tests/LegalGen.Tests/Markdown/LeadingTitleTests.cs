using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>A text's leading level-1 heading is the page's title: it is neither shown twice nor listed in the contents.</summary>
public class LeadingTitleTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Theory]
    [InlineData("# Privacy Notice\n\n## Scope\n\nText.\n")]
    [InlineData("Privacy Notice\n==============\n\n## Scope\n\nText.\n")]
    [InlineData("#   privacy   NOTICE  \n\n## Scope\n\nText.\n")]
    public void A_leading_heading_that_repeats_the_title_is_left_to_the_title(string body)
    {
        var diagnostics = new DiagnosticBag();

        var document = Renderer.Render(body, "p/2024-01-01.en.md", 5, diagnostics, "Privacy Notice", "en");

        Assert.DoesNotContain("<h1", document.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", document.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["scope"], document.Toc.Select(e => e.Id));
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.Heading && b.Level == 1);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_leading_heading_that_says_something_else_is_a_located_warning()
    {
        var diagnostics = new DiagnosticBag();

        var document = Renderer.Render("\n# Terms of Use\n\nText.\n", "p/2024-01-01.en.md", 5, diagnostics, "Privacy Notice", "en");

        Assert.DoesNotContain("Terms of Use", document.Html, StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.LeadingHeadingDiffers, warning.Code);
        Assert.False(warning.IsError);
        Assert.Equal((6, 1), (warning.Location.Line, warning.Location.Column));
        Assert.Contains("'Terms of Use'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'Privacy Notice'", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Intro.\n\n# Privacy Notice\n\nText.\n")]
    [InlineData("## Privacy Notice\n\nText.\n")]
    public void A_heading_that_does_not_open_the_text_at_level_one_stays(string body)
    {
        var document = Renderer.Render(body, "p/2024-01-01.en.md", 1, new DiagnosticBag(), "Privacy Notice", "en");

        Assert.Contains("Privacy Notice</h", document.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_shows_the_title_once_and_its_contents_start_with_the_first_section()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka prywatności",
            "# Polityka prywatności\n\n## Zakres\n\nTekst.\n\n## Dane\n\nTekst.\n");

        site.BuildSucceeding();

        var page = site.Page("pl/p/index.html");
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(["Zakres", "Dane"], page.QuerySelectorAll(".toc li a").Select(a => a.TextContent));
    }
}
