using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// HTML written in a policy's Markdown: the safe subset reaches the page, the rest is removed with a warning at its
/// tag, comments vanish without one, and an HTML block is text like any other to the redline, the contents and the ids.
/// </summary>
public class RawHtmlTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private const string File = "p/2024-01-01.en.md";

    private static (RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown, int firstLine = 1, RawHtmlMode mode = RawHtmlMode.Sanitize)
    {
        using var renderer = new MarkdownRenderer(rawHtml: mode);
        var bag = new DiagnosticBag();
        var document = renderer.Render(markdown, File, firstLine, bag);
        return (document, bag.ToSortedList());
    }

    private static AngleSharp.Dom.IElement Body(RenderedDocument document) => new HtmlParser().ParseDocument("<html><body>" + document.Html).Body!;

    private const string HtmlTable = """
        <table>
          <thead>
            <tr>
              <th>What we use your data for</th>
              <th>Our lawful basis</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>To provide your account</td>
              <td><strong>Contract</strong> to provide the service.</td>
            </tr>
            <tr>
              <td>To improve it</td>
              <td><strong>Legitimate interest</strong> in <em>better</em> software.</td>
            </tr>
          </tbody>
        </table>

        """;

    private const string PipeTable = """
        | What we use your data for | Our lawful basis |
        |---|---|
        | To provide your account | **Contract** to provide the service. |
        | To improve it | **Legitimate interest** in *better* software. |

        """;

    [Fact]
    public void An_HTML_table_reaches_the_page_as_a_table_without_a_warning()
    {
        var (document, diagnostics) = Render("## Lawful bases\n\n" + HtmlTable);

        Assert.Empty(diagnostics);
        var table = Body(document).QuerySelector("table")!;
        Assert.Equal(3, table.QuerySelectorAll("tr").Length);
        Assert.Equal("Contract", table.QuerySelector("td strong")!.TextContent);
        Assert.DoesNotContain("&lt;", document.Html);
    }

    [Fact]
    public void An_HTML_table_gives_the_same_blocks_as_a_pipe_table_with_the_same_cells()
    {
        var html = Render("## Lawful bases\n\n" + HtmlTable).Document.Blocks;
        var pipe = Render("## Lawful bases\n\n" + PipeTable).Document.Blocks;

        Assert.Equal(pipe.Select(b => (b.Kind, b.Level, b.Anchor, b.Marker, b.SectionAnchor, b.SectionTitle)), html.Select(b => (b.Kind, b.Level, b.Anchor, b.Marker, b.SectionAnchor, b.SectionTitle)));
        Assert.Equal(pipe.Select(b => b.Cells.Select(c => c.ToList()).ToList()), html.Select(b => b.Cells.Select(c => c.ToList()).ToList()), new CellsComparer());
        Assert.Equal([1, 5, 11, 15], html.Select(b => b.Line));
    }

    [Fact]
    public void A_cell_holding_a_list_and_paragraphs_is_read_into_the_cell_with_no_tag_text()
    {
        var blocks = Render("<table><tr><td><a id=\"basis\"></a>Account</td><td>\n<ul>\n<li>Technical data</li>\n<li>Contact data</li>\n</ul>\n</td>"
            + "<td><p><strong>Contract</strong> to operate.</p>\n<p>Consent.</p></td></tr></table>\n").Document.Blocks;

        var row = Assert.Single(blocks);
        Assert.Equal(BlockKind.TableRow, row.Kind);
        Assert.Equal("Account | • Technical data • Contact data | Contract to operate. Consent.", row.PlainText);
    }

    [Fact]
    public void HTML_paragraphs_lists_headings_and_definitions_become_blocks()
    {
        var blocks = Render("<h3 id=\"contact\">Contact <span>us</span></h3>\n<p>Write<br>to us.</p>\n<ol start=\"2\"><li>First</li><li>Second<ul><li>Inner</li></ul></li></ol>\n"
            + "<dl><dt>Controller</dt><dd>Mozilla</dd></dl>\n<div><p>One.</p><p>Two.</p></div>\n").Document.Blocks;

        Assert.Equal(
            [(BlockKind.Heading, 3, "Contact us", null), (BlockKind.Paragraph, 0, "Write to us.", null), (BlockKind.ListItem, 1, "First", "2."),
             (BlockKind.ListItem, 1, "Second", "3."), (BlockKind.ListItem, 2, "Inner", "•"), (BlockKind.Paragraph, 0, "Controller", null), (BlockKind.Paragraph, 0, "Mozilla", null),
             (BlockKind.Paragraph, 0, "One.", null), (BlockKind.Paragraph, 0, "Two.", null)],
            blocks.Select(b => (b.Kind, b.Level, b.PlainText, b.Marker)));
        Assert.Equal("contact", blocks[0].Anchor);
        Assert.All(blocks.Skip(1), b => Assert.Equal("contact", b.SectionAnchor));
    }

    [Fact]
    public void A_line_break_in_an_address_is_a_line_break_on_the_page_and_a_space_in_the_text()
    {
        var (document, diagnostics) = Render("Bird & Bird DPO Services SRL<br>\nAvenue Louise 235 b 1<br>\n1050 Brussels<br>\nBelgium<br>\n");

        Assert.Empty(diagnostics);
        var paragraph = Body(document).QuerySelector("p")!;
        Assert.Equal(4, paragraph.QuerySelectorAll("br").Length);
        Assert.DoesNotContain("<br", paragraph.TextContent);
        var text = Assert.Single(document.Blocks).PlainText;
        Assert.DoesNotContain("<", text);
        Assert.StartsWith("Bird & Bird DPO Services SRL Avenue Louise", text);
    }

    [Fact]
    public void A_span_in_a_heading_is_not_in_its_id_nor_in_the_contents()
    {
        var document = Render("## Your <span class=\"x\">choices</span> and <a id=\"rights\"></a>rights\n\nText.\n").Document;

        var entry = Assert.Single(document.Toc);
        Assert.Equal("Your choices and rights", entry.Text);
        Assert.Equal("your-choices-and-rights", entry.Id);
        Assert.Equal("Your choices and rights", document.Blocks[0].PlainText);
        var heading = Body(document).QuerySelector("h2")!;
        Assert.Equal("your-choices-and-rights", heading.Id);
        Assert.NotNull(heading.QuerySelector("a#rights"));
    }

    [Fact]
    public void Inline_HTML_styles_the_text_without_becoming_text()
    {
        var runs = Render("Read <strong>this</strong> and <code>that</code>.\n").Document.Blocks.Single().Cells[0];

        Assert.Equal([("Read ", InlineStyle.None), ("this", InlineStyle.Strong), (" and ", InlineStyle.None), ("that", InlineStyle.Code), (".", InlineStyle.None)], runs.Select(r => (r.Text, r.Style)));
    }

    [Theory]
    [InlineData("See <a href=\"https://example.com/a\">the annex</a> now.\n", "https://example.com/a")]
    [InlineData("See <a href=\"../terms/\" title=\"t\">the annex</a> now.\n", "../terms/")]
    [InlineData("See <a href=\"java&#x09;script:alert(1)\">the annex</a> now.\n", null)]
    [InlineData("See <a href=\"&#106;avascript:alert(1)\">the annex</a> now.\n", null)]
    [InlineData("See <a id=\"x\">the annex</a> now.\n", null)]
    public void Inline_HTML_links_link_their_text_to_the_address_the_page_has(string markdown, string? link)
    {
        var runs = Render(markdown).Document.Blocks.Single().Cells[0];

        Assert.Equal("See the annex now.", string.Concat(runs.Select(r => r.Text)));
        if (link is null) Assert.All(runs, r => Assert.Null(r.Link));
        else Assert.Equal([null, link, null], runs.Select(r => r.Link));
    }

    [Theory]
    [InlineData("<a id=\"bookmark\"></a>Text.\n", "bookmark")]
    [InlineData("<a name=\"old-bookmark\"></a>Text.\n", "old-bookmark")]
    [InlineData("<p><a name=\"in-block\"></a>Text.</p>\n", "in-block")]
    public void Anchors_by_id_or_name_are_fragment_targets_on_the_page(string markdown, string id)
    {
        var (document, diagnostics) = Render(markdown);

        Assert.Empty(diagnostics);
        Assert.NotNull(Body(document).QuerySelector($"a[id='{id}']"));
    }

    [Fact]
    public void A_long_heading_keeps_its_own_long_id_without_a_warning()
    {
        var heading = string.Join(' ', Enumerable.Repeat("Zur Einhaltung geltender Gesetze", 5));

        var (document, diagnostics) = Render($"### {heading}\n");

        Assert.Empty(diagnostics);
        Assert.True(Body(document).QuerySelector("h3")!.Id!.Length > LegalGen.Html.HtmlAllowList.MaxIdLength);
    }

    [Fact]
    public void Comments_never_reach_the_page_nor_the_blocks_and_are_no_warning()
    {
        var (document, diagnostics) = Render("<!-- markdownlint-disable MD033 -->\n\n<!--\nA note\nfor editors\n-->\n\nText <!-- inline note --> here.\n\n<table><!-- c --><tr><td>a</td></tr></table>\n");

        Assert.Empty(diagnostics);
        Assert.DoesNotContain("<!--", document.Html);
        Assert.DoesNotContain("note", document.Html);
        Assert.DoesNotContain("editors", document.Html);
        Assert.Equal(["Text here.", "a"], document.Blocks.Select(b => b.PlainText));
    }

    [Fact]
    public void What_the_sanitizer_removes_from_an_HTML_block_is_a_warning_at_the_offending_tag()
    {
        var (_, diagnostics) = Render("Intro.\n\n<table>\n  <tr>\n    <td onmouseover=\"x()\">a</td>\n  </tr>\n</table>\n", firstLine: 5);

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MarkupRemoved, d.Code);
        Assert.Equal(new SourceLocation(File, 9, 5), d.Location);
        Assert.Contains("'onmouseover' of <td>", d.Message);
    }

    [Fact]
    public void What_the_sanitizer_removes_from_inline_HTML_is_a_warning_at_the_offending_tag()
    {
        var (_, diagnostics) = Render("- item\n- Text with a link\n  and <a href=\"java&#x09;script:alert(1)\">a trap</a> in it\n", firstLine: 10);

        var d = Assert.Single(diagnostics);
        Assert.Equal(new SourceLocation(File, 12, 7), d.Location);
        Assert.Contains("the address in 'href' of <a>", d.Message);
    }

    [Fact]
    public void An_image_without_alt_text_is_a_warning_naming_its_line()
    {
        var (document, diagnostics) = Render("Intro.\n\n<p>\n<img src=\"seal.png\">\n</p>\n", firstLine: 3);

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.ImageWithoutAlt, d.Code);
        Assert.False(d.IsError);
        Assert.Equal(new SourceLocation(File, 6, 1), d.Location);
        Assert.Equal("", Body(document).QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_span_opened_in_one_paragraph_and_closed_in_another_leaks_no_markup()
    {
        var document = Render("First <span>opened\n\nSecond closed</span> here\n\n<table><tr><td>open\n\nAfter the blank line.\n\n</table>\n").Document;

        var body = Body(document);
        var paragraphs = body.Children.Where(c => c.LocalName == "p").ToList();
        Assert.Contains(paragraphs, p => p.TextContent.StartsWith("Second", StringComparison.Ordinal) && p.QuerySelector("span") is null);
        Assert.All(body.Children, c => Assert.True(c.LocalName is "p" || c.ClassList.Contains(LegalGen.Html.TableScrollBox.Class) && c.Children.Single().LocalName == "table", c.OuterHtml));
        Assert.Equal(document.Html, new HtmlParser().ParseDocument("<html><body>" + document.Html).Body!.InnerHtml);
    }

    [Fact]
    public void With_raw_html_text_every_tag_is_shown_as_text_and_comments_still_vanish()
    {
        var (document, diagnostics) = Render("<!-- note -->\n\nA <b onclick=\"x\">bold</b> claim.\n\n<table><tr><td>a</td></tr></table>\n", mode: RawHtmlMode.Text);

        Assert.Empty(diagnostics);
        var body = Body(document);
        Assert.Null(body.QuerySelector("b, table"));
        Assert.Equal(["A <b onclick=\"x\">bold</b> claim.", "<table><tr><td>a</td></tr></table>"], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("note", document.Html);
        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], document.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_redline_between_two_HTML_tables_marks_the_one_changed_cell()
    {
        var diff = Redlines.Of(HtmlTable, HtmlTable.Replace("To improve it", "To improve and secure it"));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(LegalGen.Redline.Model.ChangeKind.Modified, change.Kind);
        Assert.Equal("To improve {+and secure+} it | Legitimate interest in better software.", Redlines.Marked(change));
    }

    private sealed class CellsComparer : IEqualityComparer<List<List<InlineRun>>>
    {
        public bool Equals(List<List<InlineRun>>? x, List<List<InlineRun>>? y) =>
            x!.Count == y!.Count && x.Zip(y).All(p => p.First.SequenceEqual(p.Second));

        public int GetHashCode(List<List<InlineRun>> obj) => obj.Count;
    }
}
