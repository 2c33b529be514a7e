using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// Attributes written in braces after Markdown elements reach a page only when allowed: a valid id and the
/// documented classes. Everything else is removed with a warning that points at it.
/// </summary>
public class AttributePolicyTests
{
    private static (RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var document = new MarkdownRenderer().Render(markdown, "p/2024-01-01.en.md", 4, bag);
        return (document, bag.ToSortedList());
    }

    public static TheoryData<string, string> Attacks => new()
    {
        { "image onerror", "![logo](missing.png){onerror=\"alert(document.domain)\"}\n" },
        { "heading autofocus onfocus", "## Scope {tabindex=0 autofocus onfocus=alert(1)}\n" },
        { "link onclick", "[terms](https://example.com){onclick=\"alert(1)\"}\n" },
        { "paragraph overlay", "{style=\"position:fixed;top:0;left:0;width:100%;height:100%\"}\nCovered.\n" },
        { "emphasis handler", "*word*{onmouseover=alert(1)}\n" },
        { "table style", "| a |\n|---|\n| b |\n{style=\"display:none\" onclick=x}\n" },
        { "id breaking out", "## Head {#\"><img src=x onerror=alert(1)>}\n" },
        { "javascript in a property", "[x](#top){href=\"javascript:alert(1)\" formaction=javascript:x}\n" },
        { "data attribute", "Text {data-x=1 hidden}\n" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Attributes_that_could_run_a_script_or_cover_the_page_never_reach_the_HTML(string what, string markdown)
    {
        var (document, diagnostics) = Render(markdown);

        var html = "<html><body>" + document.Html;
        Assert.True(PageSafety.Problems(html).Count == 0, $"{what}: {string.Join(", ", PageSafety.Problems(html))}\n{document.Html}");
        var elements = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*");
        Assert.All(elements.SelectMany(e => e.Attributes), a => Assert.True(LegalGen.Html.HtmlAllowList.Attributes.Contains(a.Name), $"{what}: attribute {a.Name}"));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.MarkupRemoved, d.Code);
            Assert.False(d.IsError);
            Assert.Equal("p/2024-01-01.en.md", d.Location.File);
            Assert.True(d.Location.Line >= 4, d.ToString());
        });
    }

    [Fact]
    public void The_warning_points_at_the_removed_attribute()
    {
        var diagnostics = Render("Intro.\n\n## Scope {tabindex=0 onfocus=alert(1)}\n").Diagnostics;

        Assert.Collection(
            diagnostics,
            d => Assert.Equal((6, 11, "the attribute 'tabindex' on a heading is not allowed and was removed"), (d.Location.Line, d.Location.Column, d.Message)),
            d => Assert.Equal((6, 22, "the attribute 'onfocus' on a heading is not allowed and was removed"), (d.Location.Line, d.Location.Column, d.Message)));
    }

    [Fact]
    public void A_valid_id_and_the_documented_classes_are_kept()
    {
        var (document, diagnostics) = Render("## Cookies {#cookies}\n\nRead this. {.note}\n\nImportant. {.important}\n\n## Zgoda {#zgoda-2.1}\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<h2 id=\"cookies\">", document.Html);
        Assert.Matches("<p id=\"p-[a-z2-7]{8}\" class=\"note\">", document.Html);
        Assert.Matches("<p id=\"p-[a-z2-7]{8}\" class=\"important\">", document.Html);
        Assert.Contains("<h2 id=\"zgoda-2.1\">", document.Html);
    }

    [Fact]
    public void An_invalid_id_is_replaced_by_the_one_made_from_the_heading()
    {
        var (document, diagnostics) = Render("## Pliki cookies {#-cookies}\n");

        Assert.Contains("<h2 id=\"pliki-cookies\">", document.Html);
        Assert.Contains("is not a valid id", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void An_unknown_class_is_removed_with_a_warning_listing_the_known_ones()
    {
        var (document, diagnostics) = Render("Text. {.hidden}\n");

        Assert.DoesNotContain("hidden", document.Html);
        Assert.Contains("{.note}", Assert.Single(diagnostics).Hint);
    }

    [Fact]
    public void Table_alignment_becomes_a_class_instead_of_an_inline_style()
    {
        var (document, diagnostics) = Render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("style", document.Html);
        Assert.Contains("<td class=\"align-left\">1</td>", document.Html);
        Assert.Contains("<td class=\"align-center\">2</td>", document.Html);
        Assert.Contains("<td class=\"align-right\">3</td>", document.Html);
    }

    [Fact]
    public void Grid_table_column_widths_are_not_written_as_styles()
    {
        var (document, _) = Render("+-----+-----------+\n| a   | b         |\n+=====+===========+\n| 1   | 2         |\n+-----+-----------+\n");

        Assert.Contains("<table>", document.Html);
        Assert.DoesNotContain("style", document.Html);
    }

    [Fact]
    public void A_fenced_code_block_language_class_is_dropped_quietly()
    {
        var (document, diagnostics) = Render("```json\n{}\n```\n");

        Assert.Empty(diagnostics);
        Assert.Contains("<pre><code>{}", document.Html);
    }

    [Fact]
    public void A_kramdown_attribute_list_keeps_its_id_without_a_warning_for_its_colon()
    {
        var (document, diagnostics) = Render("### Health report {: #health-report }\n");

        Assert.Contains("<h3 id=\"health-report\">", document.Html);
        Assert.DoesNotContain(":", document.Html.Replace("health-report", ""), StringComparison.Ordinal);
        Assert.Empty(diagnostics);
    }
}
