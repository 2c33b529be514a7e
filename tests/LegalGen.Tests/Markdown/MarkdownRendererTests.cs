using LegalGen.Markdown;

namespace LegalGen.Tests.Markdown;

public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void Headings_get_stable_ids_and_fill_the_table_of_contents()
    {
        var document = Renderer.Render("## Czy używamy plików Cookies?\n\nTak.\n\n### Zgoda\n\n#### Deep\n");

        Assert.Contains("<h2 id=\"czy-używamy-plików-cookies\">", document.Html);
        Assert.Equal([(2, "czy-używamy-plików-cookies", "Czy używamy plików Cookies?"), (3, "zgoda", "Zgoda")],
            document.Toc.Select(e => (e.Level, e.Id, e.Text)));
    }

    [Fact]
    public void A_heading_saved_decomposed_gets_the_id_and_text_of_its_composed_twin()
    {
        var composed = Renderer.Render("## Czy używamy plików cookies?\n");
        var decomposed = Renderer.Render("## Czy uz\u0307ywamy pliko\u0301w cookies?\n");

        Assert.Equal(composed.Html, decomposed.Html);
        Assert.Equal("czy-używamy-plików-cookies", decomposed.Toc.Single().Id);
    }

    [Fact]
    public void Repeated_headings_get_numbered_ids_that_avoid_explicit_ones()
    {
        var html = Renderer.Render("## Zgoda\n\n## Zgoda\n\n## Other {#zgoda-2}\n").Html;

        Assert.Contains("<h2 id=\"zgoda\">", html);
        Assert.Contains("<h2 id=\"zgoda-1\">", html);
        Assert.Contains("<h2 id=\"zgoda-2\">Other</h2>", html);
    }

    [Fact]
    public void An_explicit_id_keeps_a_clause_citable_when_its_heading_changes()
    {
        var document = Renderer.Render("## Pliki cookies {#cookies}\n");

        Assert.Contains("<h2 id=\"cookies\">Pliki cookies</h2>", document.Html);
    }

    [Fact]
    public void Raw_HTML_outside_the_allow_list_never_reaches_the_page()
    {
        var document = Renderer.Render("Hello <script>alert(1)</script> <b onclick=\"x()\">bold</b>\n\n<marquee>block</marquee>\n");

        Assert.DoesNotContain("<script", document.Html);
        Assert.DoesNotContain("alert", document.Html);
        Assert.DoesNotContain("<b", document.Html);
        Assert.DoesNotContain("<marquee", document.Html);
        Assert.DoesNotContain("&lt;", document.Html);
        Assert.Contains("bold", document.Html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_with_unsafe_schemes_become_plain_text(string markdown)
    {
        var document = Renderer.Render(markdown + "\n");

        Assert.DoesNotContain("<a", document.Html);
        Assert.Contains("click", document.Html);
    }

    [Theory]
    [InlineData("[a](https://example.com/)", "https://example.com/")]
    [InlineData("[a](mailto:iod@example.com)", "mailto:iod@example.com")]
    [InlineData("[a](../terms/index.html#x)", "../terms/index.html#x")]
    [InlineData("[a](#cookies)", "#cookies")]
    public void Safe_links_are_kept(string markdown, string href)
    {
        Assert.Contains($"href=\"{href}\"", Renderer.Render(markdown + "\n").Html);
    }

    [Fact]
    public void Blocks_list_headings_paragraphs_items_and_rows_in_reading_order()
    {
        var document = Renderer.Render("## A\n\nText.\n\n1. one\n2. two\n   - nested\n\n> quoted\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");

        Assert.Equal(
            [BlockKind.Heading, BlockKind.Paragraph, BlockKind.ListItem, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote, BlockKind.TableRow, BlockKind.TableRow],
            document.Blocks.Select(b => b.Kind));
        Assert.Equal(["1.", "2.", "•"], document.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Marker));
        Assert.Equal(2, document.Blocks[4].Level);
        Assert.All(document.Blocks.Skip(1), b => Assert.Equal("a", b.SectionAnchor));
    }

    [Fact]
    public void The_words_before_a_link_with_an_unsafe_address_stay_in_the_blocks()
    {
        var block = Renderer.Render("Before. [Text]((https://example.com/)) after.\n").Blocks.Single();

        Assert.Equal("Before. Text after.", block.PlainText);
    }

    [Fact]
    public void A_subscript_is_no_strike_through()
    {
        var runs = Renderer.Render("H~2~O and ~~gone~~.\n").Blocks.Single().Cells[0];

        Assert.Equal([("H2O and ", InlineStyle.None), ("gone", InlineStyle.Strike), (".", InlineStyle.None)], runs.Select(r => (r.Text, r.Style)));
    }

    [Theory]
    [InlineData("3) three\n4) four\n", "3.", "4.")]
    [InlineData("3. three\n4. four\n", "3.", "4.")]
    [InlineData("iii. three\niv. four\n", "iii.", "iv.")]
    [InlineData("C) three\nD) four\n", "C.", "D.")]
    public void List_items_are_numbered_as_a_browser_numbers_them(string markdown, string first, string second)
    {
        var items = Renderer.Render(markdown).Blocks;

        Assert.Equal([first, second], items.Select(b => b.Marker));
        Assert.All(items, b => Assert.Equal(first, b.ListStart));
    }

    [Fact]
    public void A_paragraph_with_no_words_but_an_anchor_is_no_block()
    {
        var blocks = Renderer.Render("<a id=\"old-place\"></a>\n\nText.\n").Blocks;

        Assert.Equal(["Text."], blocks.Select(b => b.PlainText));
    }

    [Theory]
    [InlineData("[a](<https://example.com/with space>)", "https://example.com/with%20space")]
    [InlineData("[a](https://example.com/zażółć)", "https://example.com/za%C5%BC%C3%B3%C5%82%C4%87")]
    [InlineData("[a](https://example.com/?a=1&b=2)", "https://example.com/?a=1&b=2")]
    public void A_links_address_in_the_blocks_is_the_one_the_page_has(string markdown, string address)
    {
        var document = Renderer.Render(markdown + "\n");
        var link = document.Blocks.Single().Cells[0].Single(r => r.Link is not null).Link;

        Assert.Equal(address, link);
        Assert.Contains($"href=\"{address.Replace("&", "&amp;", StringComparison.Ordinal)}\"", document.Html);
    }
}
