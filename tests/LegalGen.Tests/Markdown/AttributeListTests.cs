using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// kramdown's attribute lists (<c>{: #id }</c>) give their id and known classes to the element they are written for,
/// wherever kramdown lets them be written; the list itself never reaches a page, as text or as an attribute.
/// </summary>
public class AttributeListTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (IElement Body, RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var bag = new DiagnosticBag();
        var document = Renderer.Render(markdown, "p/2024-01-01.en.md", 4, bag);
        var body = new HtmlParser().ParseDocument("<html><body>" + document.Html).Body!;
        return (body, document, bag.ToSortedList());
    }

    /// <summary>Every text node of the rendered text and of its redline blocks, none of which may hold the list.</summary>
    private static void AssertNothingLeaks(IElement body, RenderedDocument document)
    {
        var texts = body.Descendants().OfType<IText>().Select(t => t.Data).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("{:", StringComparison.Ordinal));
        // LegalGen's own box around a table (TableScrollBox) is no markup of the text's.
        Assert.All(body.QuerySelectorAll("*").Where(e => !e.ClassList.Contains(LegalGen.Html.TableScrollBox.Class)).SelectMany(e => e.Attributes),
            a => Assert.True(LegalGen.Html.HtmlAllowList.Attributes.Contains(a.Name), $"attribute '{a.Name}'"));
        Assert.DoesNotContain(document.Blocks, b => b.PlainText.Contains("{:", StringComparison.Ordinal) || b.PlainText.Trim().Length == 0 && b.Kind != BlockKind.Rule);
    }

    public static TheoryData<string, string, string, string> Positions => new()
    {
        { "heading, same line", "### Title {: #health-report }\n", "h3", "health-report" },
        { "heading, no spaces", "### Title {:#health-report}\n", "h3", "health-report" },
        { "heading, next line", "## Title\n{: #health-report }\n\nText.\n", "h2", "health-report" },
        { "setext heading, next line", "Intro.\n\nTitle\n-----\n{: #health-report }\n", "h2", "health-report" },
        { "paragraph, next line", "Mozilla collects telemetry.\n{: #telemetry }\n\nNext.\n", "p", "telemetry" },
        { "paragraph, same line", "Mozilla collects telemetry. {: #telemetry }\n", "p", "telemetry" },
        { "paragraph, line before", "Intro.\n\n{: #telemetry }\nMozilla collects telemetry.\n", "p:nth-of-type(2)", "telemetry" },
        { "list item in the middle", "* **Cookies**: we use them.\n{: #cookies }\n* **Pixels**: we do not.\n", "li", "cookies" },
        { "list item, loose list", "* **Cookies**: we use them.\n{: #cookies }\n\n* **Pixels**: we do not.\n", "li", "cookies" },
        { "list item, indented", "1. First.\n   {:#first}\n2. Second.\n", "li", "first" },
        { "list item, at its start", "* {: #cookies } Cookies.\n* Pixels.\n", "li", "cookies" },
        { "list, line before", "Intro.\n\n{: #choices }\n* One.\n* Two.\n", "ul", "choices" },
        { "pipe table, next line", "| a | b |\n|---|---|\n| 1 | 2 |\n{: #rates }\n", "table", "rates" },
        { "pipe table, line before", "Intro.\n\n{: #rates }\n| a | b |\n|---|---|\n| 1 | 2 |\n", "table", "rates" },
        { "grid table, next line", "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n{: #rates }\n", "table", "rates" },
        { "quotation, next line", "> Quoted.\n{: #quote }\n", "blockquote", "quote" },
        { "paragraph inside a quotation", "> Quoted.\n> {: #quote }\n", "blockquote > p", "quote" },
        { "emphasis", "Some *stressed*{: #stress } words.\n", "em", "stress" },
    };

    [Theory]
    [MemberData(nameof(Positions))]
    public void The_id_goes_to_the_element_the_list_is_written_for_and_the_list_leaves_no_trace(string where, string markdown, string selector, string id)
    {
        var (body, document, diagnostics) = Render(markdown);

        Assert.True(body.QuerySelector(selector)?.Id == id, $"{where}: {document.Html}");
        Assert.Equal(1, body.QuerySelectorAll("[id]").Count(e => e.Id == id));
        Assert.Empty(diagnostics);
        AssertNothingLeaks(body, document);
    }

    [Fact]
    public void A_table_followed_by_a_list_of_classes_stays_a_table_with_the_known_class()
    {
        var (body, document, diagnostics) = Render("| Purpose | Basis |\n|---|---|\n| Billing | Contract |\n{: .note}\n");

        var table = body.QuerySelector("table")!;
        Assert.Equal("note", table.ClassName);
        Assert.Equal(["Purpose", "Basis", "Billing", "Contract"], table.QuerySelectorAll("th, td").Select(c => c.TextContent));
        Assert.Equal([BlockKind.TableRow, BlockKind.TableRow], document.Blocks.Select(b => b.Kind));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Mozillas_effective_date_line_keeps_its_text_and_drops_datetime_quietly()
    {
        var (body, document, diagnostics) = Render("Effective February 10, 2026\n{: datetime=\"2026-02-10\" }\n\n## At Mozilla\n");

        Assert.Equal("Effective February 10, 2026", body.QuerySelector("p")!.TextContent);
        Assert.False(body.QuerySelector("p")!.HasAttribute("datetime"));
        Assert.Empty(diagnostics);
        Assert.Equal("Effective February 10, 2026", document.Blocks[0].PlainText);
        AssertNothingLeaks(body, document);
    }

    [Fact]
    public void Classes_editors_may_use_are_kept_and_others_removed_with_a_warning_at_the_class()
    {
        var (body, _, diagnostics) = Render("Intro.\n\nRead this.\n{: .note .shiny #read }\n");

        var paragraph = body.QuerySelectorAll("p")[1];
        Assert.Equal(("note", "read"), (paragraph.ClassName, paragraph.Id));
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkupRemoved, "p/2024-01-01.en.md", 7, 10), (warning.Code, warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("'shiny'", warning.Message);
    }

    public static TheoryData<string, string, int, int> Unsafe => new()
    {
        { "handler after a paragraph", "Text.\n{: onclick=\"alert(1)\" }\n", 5, 4 },
        { "style on a heading", "## Scope {: style=\"display:none\" #scope }\n", 4, 13 },
        { "handler on a list item", "* Item.\n{: #item onmouseover=alert(1) }\n", 5, 10 },
        { "script URL on a link", "[terms](https://example.com){: href=\"javascript:alert(1)\" }\n", 4, 32 },
        { "broken out of its quotes", "Text.\n{: title='x\" onfocus=\"alert(1)' autofocus }\n", 5, 4 },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Attributes_other_than_an_id_and_known_classes_are_removed_with_a_located_warning(string what, string markdown, int line, int column)
    {
        var (body, document, diagnostics) = Render(markdown);

        var html = "<html><body>" + document.Html;
        Assert.True(PageSafety.Problems(html).Count == 0, $"{what}: {string.Join(", ", PageSafety.Problems(html))}");
        AssertNothingLeaks(body, document);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.MarkupRemoved, "p/2024-01-01.en.md"), (d.Code, d.Location.File)));
        Assert.Equal((line, column), (diagnostics[0].Location.Line, diagnostics[0].Location.Column));
    }

    [Fact]
    public void A_list_that_belongs_to_no_element_is_removed_with_a_located_warning()
    {
        var (body, document, diagnostics) = Render("Before.\n\n{: #lost }\n\nAfter.\n");

        Assert.Equal(["Before.", "After."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.All(body.QuerySelectorAll("[id]"), e => Assert.StartsWith("p-", e.Id, StringComparison.Ordinal)); // the paragraphs' own citable ids only
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MarkupRemoved, 6, 1), (warning.Code, warning.Location.Line, warning.Location.Column));
        Assert.Contains("belongs to no element", warning.Message);
        AssertNothingLeaks(body, document);
    }

    [Fact]
    public void An_invalid_id_in_a_list_is_removed_with_a_warning_and_the_heading_keeps_its_own()
    {
        var (body, _, diagnostics) = Render("## Scope {: #-bad }\n");

        Assert.Equal("scope", body.QuerySelector("h2")!.Id);
        Assert.Contains("is not a valid id", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Generic_attributes_in_braces_keep_working_beside_kramdowns_lists()
    {
        var (body, _, diagnostics) = Render("## Cookies {#cookies}\n\nRead this. {.note}\n\nAnd this.\n{: .important }\n");

        Assert.Equal("cookies", body.QuerySelector("h2")!.Id);
        Assert.Equal(["note", "important"], body.QuerySelectorAll("p").Select(p => p.ClassName));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("{:")]
    [InlineData("{: a=\"")]
    [InlineData("{: #a }")]
    [InlineData("x\n{: #a }\n\n")]
    [InlineData("{: #a }\n\n")]
    [InlineData("| a |\n|---|\n{: .note }\n\n")]
    public void Long_runs_of_attribute_lists_render_within_the_hang_bound_and_leave_no_trace(string pattern)
    {
        var markdown = string.Concat(Enumerable.Repeat(pattern, 60_000 / pattern.Length));
        RenderedDocument? document = null;

        Fuzz.WithinHangBound(() => document = Renderer.Render(markdown, "p/2024-01-01.en.md", 1, new DiagnosticBag()));

        var body = new HtmlParser().ParseDocument("<html><body>" + document!.Html).Body!;
        Assert.Equal(body.QuerySelectorAll("[id]").Length, body.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
        if (!pattern.StartsWith("{:", StringComparison.Ordinal) || pattern.Contains('}', StringComparison.Ordinal)) AssertNothingLeaks(body, document);
    }
}
