using AngleSharp.Html.Parser;
using LegalGen.Markdown;
using LegalGen.Redline;
using LegalGen.Redline.Model;

namespace LegalGen.Tests.Markdown;

/// <summary>A pipe table whose header row is empty (<c>|  |  |</c>), as Mozilla's privacy notices have them: no empty header cells on the page.</summary>
public class EmptyTableHeaderTests
{
    private const string Table = "|  |  |\n| ----- | ----- |\n| Partners | We work with partners. |\n| Authorities | We need a legal process. |\n";

    [Fact]
    public void An_empty_header_row_becomes_no_header_and_every_row_of_the_body_stays()
    {
        using var renderer = new MarkdownRenderer();
        var document = renderer.Render(Table);
        var html = new HtmlParser().ParseDocument(document.Html);

        Assert.Empty(html.QuerySelectorAll("th"));
        Assert.Null(html.QuerySelector("thead"));
        Assert.Equal(["Partners", "We work with partners.", "Authorities", "We need a legal process."], html.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal([0, 0], document.Blocks.Select(b => b.Level));
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.TableRow, b.Kind));
    }

    [Fact]
    public void A_header_row_with_one_named_column_keeps_its_header_and_a_table_of_nothing_but_an_empty_header_is_gone()
    {
        using var renderer = new MarkdownRenderer();

        var named = new HtmlParser().ParseDocument(renderer.Render("| Who |  |\n|---|---|\n| a | b |\n").Html);
        var nothing = renderer.Render("Before.\n\n|  |  |\n|---|---|\n\nAfter.\n");

        Assert.Equal(["Who", ""], named.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.DoesNotContain("<table", nothing.Html);
        Assert.Equal(["Before.", "After."], nothing.Blocks.Select(b => b.PlainText.Trim()));
    }

    [Fact]
    public void The_redline_of_a_table_that_lost_its_empty_header_and_the_blocks_read_back_from_the_page_agree()
    {
        using var renderer = new MarkdownRenderer();
        var old = renderer.Render(Table);
        var @new = renderer.Render(Table.Replace("partners.", "partners and suppliers."));

        var fromMarkdown = RedlineBuilder.Compare(old.Blocks, @new.Blocks);
        var fromPages = RedlineBuilder.Compare(PublishedText.Blocks(old.Html), PublishedText.Blocks(@new.Html));

        Assert.Equal([ChangeKind.Modified, ChangeKind.Unchanged], fromMarkdown.Blocks.Select(b => b.Kind));
        Assert.Equal(fromMarkdown.Blocks.Select(b => (b.Kind, b.Block.Level, b.Block.PlainText)), fromPages.Blocks.Select(b => (b.Kind, b.Block.Level, b.Block.PlainText)));
    }
}
