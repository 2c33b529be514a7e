using System.Text;
using AngleSharp.Html.Parser;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// No limit cuts a page: the largest texts the content limits allow render whole — a version page of more
/// than 5 MB, the redline of two unrelated 2 MB versions — ending with their last section and their
/// closing tags.
/// </summary>
public class WholePagesTests
{
    /// <summary>A long policy text of numbered sections, each a few paragraphs with links and emphasis, about <paramref name="bytes"/> long.</summary>
    private static (string Text, int Sections) LongText(int bytes, string word, int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var section = 0;
        while (text.Length < bytes)
        {
            section++;
            text.Append($"## {word} section {section}\n\n");
            for (var p = 0; p < 2; p++)
            {
                for (var w = 0; w < 30; w++)
                {
                    if (w % 5 == 2) text.Append($"[{word} {random.Next(1000)}](https://example.com/{word}/{section}/{w}) ");
                    else if (w % 5 == 4) text.Append($"**{word}{random.Next(1000)}** ");
                    else text.Append(word).Append(random.Next(100_000)).Append(' ');
                }

                text.Append("\n\n");
            }
        }

        return (text.ToString(), section);
    }

    private static void AssertWhole(string html, string lastText)
    {
        Assert.EndsWith("</html>", html.TrimEnd());
        var page = new HtmlParser().ParseDocument(html);
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Contains(lastText, page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void A_version_page_of_more_than_5_MB_is_written_whole()
    {
        using var site = new TestSite();
        var (text, sections) = LongText(3_800_000, "alpha", 1);
        site.Version("p/2024-01-01.pl.md", "title: Polityka", text);

        site.BuildSucceeding();

        var html = site.Read("pl/p/2024-01-01/index.html");
        Assert.True(Encoding.UTF8.GetByteCount(html) > 5_000_000, $"the page is only {html.Length} characters");
        AssertWhole(html, $"alpha section {sections}");
        Assert.Equal(sections, new HtmlParser().ParseDocument(html).QuerySelectorAll(".policy-text h2").Length);
    }

    [Fact]
    public void The_redline_of_two_unrelated_2_MB_versions_is_written_whole()
    {
        using var site = new TestSite();
        var (old, oldSections) = LongText(2_000_000, "alpha", 1);
        var (@new, newSections) = LongText(2_000_000, "omega", 2);
        site.Version("p/2024-01-01.pl.md", "title: Polityka", old);
        site.Version("p/2025-01-01.pl.md", "title: Polityka\nsummary: Nowy tekst.", @new);

        site.BuildSucceeding();

        var html = site.Read("pl/p/diff/2024-01-01..2025-01-01/index.html");
        AssertWhole(html, $"omega section {newSections}");
        AssertWhole(html, $"alpha section {oldSections}");
    }
}
