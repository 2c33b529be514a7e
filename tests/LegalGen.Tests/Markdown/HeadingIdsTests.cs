using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Markdown;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// Headings get the ids GitHub gives them, so links written against GitHub or kramdown keep working; the ids
/// LegalGen gave before stay on the page as aliases, so no earlier link or citation is lost.
/// </summary>
public class HeadingIdsTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (AngleSharp.Dom.IElement Body, RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var document = Renderer.Render(markdown, "p/2024-01-01.en.md", 4, bag);
        return (new HtmlParser().ParseDocument("<html><body>" + document.Html).Body!, document, bag.ToSortedList());
    }

    [Theory]
    [InlineData("GitHub's Terms", "githubs-terms")]
    [InlineData("U.S. Law", "us-law")]
    [InlineData("Zamówienia i płatności", "zamówienia-i-płatności")]
    [InlineData("Czy używamy plików Cookies?", "czy-używamy-plików-cookies")]
    [InlineData("Straße & Þing — Œuvre", "straße--þing--œuvre")]
    [InlineData("§ 5. Kündigung", "-5-kündigung")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("個人情報の取扱い", "個人情報の取扱い")]
    [InlineData("개인정보 처리방침", "개인정보-처리방침")]
    [InlineData("Πολιτική απορρήτου", "πολιτική-απορρήτου")]
    [InlineData("ΟΡΟΣ ΧΡΗΣΗΣ", "ορος-χρησης")]
    [InlineData("Quyền riêng tư của bạn", "quyền-riêng-tư-của-bạn")]
    [InlineData("Use of `code` and [links](https://example.com)", "use-of-code-and-links")]
    public void Heading_ids_follow_GitHubs_rule(string heading, string id)
    {
        var (body, _, _) = Render($"## {heading}\n");

        Assert.Equal(id, body.QuerySelector("h2")!.Id);
    }

    [Theory]
    [InlineData("🎉")]
    [InlineData("!!!")]
    [InlineData("?.")]
    public void A_heading_of_only_emoji_or_punctuation_is_called_section(string heading)
    {
        var (body, _, _) = Render($"## {heading}\n\n## {heading}\n");

        Assert.Equal(["section", "section-1"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void Repeated_headings_are_numbered_from_1_as_on_GitHub()
    {
        var (body, _, _) = Render("## Foo\n\n## Foo\n\n## Foo\n\n## Foo 1\n");

        Assert.Equal(["foo", "foo-1", "foo-2", "foo-1-1"], body.QuerySelectorAll("h2").Select(h => h.Id));
    }

    [Fact]
    public void An_explicit_id_wins_and_no_automatic_id_takes_it()
    {
        var (body, _, _) = Render("## Foo\n\n## Foo\n\n## Cookies {#foo-1}\n\nText.\n{: #foo-2 }\n");

        Assert.Equal(["foo", "foo-3", "foo-1"], body.QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Equal("foo-2", body.QuerySelector("p")!.Id);
        Assert.Equal(body.QuerySelectorAll("[id]").Length, body.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void A_heading_whose_id_changed_keeps_its_former_id_as_an_empty_anchor_at_its_start()
    {
        var (body, document, _) = Render("## Zamówienia i płatności\n\n## U.S. Law\n");

        var headings = body.QuerySelectorAll("h2");
        var alias = headings[0].FirstElementChild!;
        Assert.Equal(("span", "zamowienia-i-platnosci", ""), (alias.LocalName, alias.Id, alias.TextContent));
        Assert.Equal("u-s-law", headings[1].QuerySelector("span")!.Id);
        Assert.Equal("Zamówienia i płatności", headings[0].TextContent);
        Assert.Equal(["zamówienia-i-płatności", "us-law"], document.Toc.Select(e => e.Id));
        Assert.Equal(["Zamówienia i płatności", "U.S. Law"], document.Toc.Select(e => e.Text));
        Assert.Equal(["Zamówienia i płatności", "U.S. Law"], document.Blocks.Select(b => b.PlainText.Trim()));
    }

    [Theory]
    [InlineData("## Consent\n")]
    [InlineData("## 個人情報の取扱い\n")]
    [InlineData("## Cookies {#cookies}\n")]
    public void No_alias_is_added_where_the_former_id_is_the_id_itself(string markdown)
    {
        var (body, _, diagnostics) = Render(markdown);

        Assert.Empty(body.QuerySelectorAll("h2 span"));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.FormerHeadingIdTaken);
    }

    [Fact]
    public void A_repeated_heading_keeps_its_former_number_as_an_alias()
    {
        var (body, _, _) = Render("## Zgoda\n\n## Zgoda\n");

        Assert.Equal("zgoda-2", body.QuerySelectorAll("h2")[1].QuerySelector("span")!.Id);
    }

    [Fact]
    public void A_former_id_that_now_names_another_heading_is_a_located_warning()
    {
        var (body, _, diagnostics) = Render("## Foo\n\n## Foo\n\n## Foo\n");

        // Before, the second was foo-2 and the third foo-3; now foo-2 is the third's own id.
        Assert.Equal(["foo", "foo-1", "foo-2"], body.QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Equal(1, body.QuerySelectorAll("#foo-2").Length);
        Assert.Equal("foo-3", body.QuerySelectorAll("h2")[2].QuerySelector("span")!.Id);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FormerHeadingIdTaken, "p/2024-01-01.en.md", 6, 1), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("'foo-2'", warning.Message);
        Assert.Contains("line 8", warning.Message);
        Assert.False(warning.IsError);
    }

    [Fact]
    public void An_alias_never_repeats_an_id_already_on_the_page()
    {
        var (body, _, _) = Render("Text.\n{: #zamowienia-i-platnosci }\n\n## Zamówienia i płatności\n");

        Assert.Empty(body.QuerySelectorAll("h2 span"));
        Assert.Equal(1, body.QuerySelectorAll("#zamowienia-i-platnosci").Length);
    }

    [Fact]
    public void An_id_given_twice_is_kept_on_the_first_element_and_removed_from_the_next_with_a_located_warning()
    {
        var (body, _, diagnostics) = Render("## Cookies {#cookies}\n\nText.\n{: #cookies }\n");

        Assert.Equal(1, body.QuerySelectorAll("#cookies").Length);
        Assert.Equal("h2", body.QuerySelector("#cookies")!.LocalName);
        // The paragraph loses the author's id and keeps only its own generated citable one.
        Assert.StartsWith("p-", body.QuerySelector("p")!.Id);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkupRemoved, "p/2024-01-01.en.md", 6), (warning.Code, warning.Location.File, warning.Location.Line));
        Assert.Contains("line 4", warning.Message);
    }
}
