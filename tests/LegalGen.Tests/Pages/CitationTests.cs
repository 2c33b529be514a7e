using System.Security.Cryptography;
using AngleSharp.Dom;
using LegalGen.Markdown;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// A reader can cite the exact paragraph of the exact version: every paragraph, list item and table row has an id
/// that stays the same while its words do, a link to it, and each version page a block with the reference.
/// </summary>
public sealed class CitationTests : IDisposable
{
    private const string Before = """
        ## Data

        The controller is Example Ltd.

        We keep data for:

        - orders,
        - invoices.

        | Purpose | Basis |
        |---|---|
        | Orders | Contract |

        The controller is Example Ltd.

        Contact us by post. {#contact}
        """;

    private readonly TestSite _site = new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Tekst.\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", Before + "\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Tekst zmieniony.\n")
        .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Change.",
            Before.Replace("- invoices.", "- invoices and receipts.", StringComparison.Ordinal) + "\n\nA new closing paragraph.\n");

    public void Dispose() => _site.Dispose();

    private static List<IElement> Citable(IDocument page) =>
        page.QuerySelectorAll(".policy-text p, .policy-text li, .policy-text tr").Where(e => e.QuerySelector("td, th") is not null || e.LocalName != "tr").ToList();

    [Fact]
    public void Every_paragraph_list_item_and_table_row_has_a_unique_id_and_a_named_link_to_it()
    {
        _site.BuildSucceeding();
        var page = _site.Page("en/privacy/2025-01-01/index.html");

        var blocks = Citable(page);
        Assert.Equal(9, blocks.Count); // 4 paragraphs, 2 list items, header and body row, the closing paragraph
        foreach (var block in blocks)
        {
            Assert.False(string.IsNullOrEmpty(block.Id), $"<{block.LocalName}> {block.TextContent} has no id");
            var link = block.QuerySelector("a.anchor-link");
            Assert.NotNull(link);
            Assert.Equal("#" + block.Id, link.GetAttribute("href"));
            Assert.Equal("Link to this paragraph", link.GetAttribute("aria-label"));
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("p", page.GetElementById("contact")?.LocalName);
        Assert.Equal("h2", page.GetElementById("data")?.LocalName);
    }

    [Fact]
    public void A_block_keeps_its_id_in_a_later_version_while_its_words_are_unchanged_and_gets_another_when_they_change()
    {
        _site.BuildSucceeding();
        string IdOf(string version, string text) =>
            Citable(_site.Page($"en/privacy/{version}/index.html")).First(e => e.TextContent.Replace("¶", "").Trim().StartsWith(text, StringComparison.Ordinal)).Id!;

        Assert.Equal(IdOf("2024-01-01", "The controller"), IdOf("2025-01-01", "The controller"));
        Assert.Equal(IdOf("2024-01-01", "orders,"), IdOf("2025-01-01", "orders,"));
        Assert.Equal(IdOf("2024-01-01", "Orders"), IdOf("2025-01-01", "Orders"));
        Assert.NotEqual(IdOf("2024-01-01", "invoices."), IdOf("2025-01-01", "invoices and receipts."));
        Assert.StartsWith("li-", IdOf("2025-01-01", "invoices and receipts."), StringComparison.Ordinal);
        Assert.StartsWith("tr-", IdOf("2025-01-01", "Orders"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_paragraph_gets_a_numbered_id_and_an_author_s_id_is_kept()
    {
        var document = new MarkdownRenderer().Render("Same words.\n\nOther.\n\nSame words.\n\nMine. {#mine}\n");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(document.Html);

        var ids = page.QuerySelectorAll("p").Select(p => p.Id!).ToList();
        Assert.Matches("^p-[a-z2-7]{8}$", ids[0]);
        Assert.Equal(ids[0] + "-2", ids[2]);
        Assert.Equal("mine", ids[3]);
    }

    [Fact]
    public void The_links_to_paragraphs_are_not_part_of_the_text_the_in_browser_comparison_reads()
    {
        _site.BuildSucceeding();
        var text = _site.Page("en/privacy/2025-01-01/index.html").QuerySelector("[data-text]")!.InnerHtml;

        var blocks = PublishedText.Blocks(text);

        Assert.NotEmpty(blocks);
        Assert.DoesNotContain(blocks, b => b.Cells.SelectMany(c => c).Any(r => r.Text.Contains('¶', StringComparison.Ordinal)));
    }

    [Fact]
    public void A_version_page_has_the_reference_to_cite_with_the_hash_of_its_source_file_and_the_date_of_its_status()
    {
        _site.BuildSucceeding(asOf: "2025-03-01");
        var page = _site.Page("en/privacy/2024-01-01/index.html");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_site.ContentDirectory, "privacy/2024-01-01.en.md"))));

        var cite = page.QuerySelector("section.cite")!;
        var line = cite.QuerySelector(".cite-line")!.TextContent;
        Assert.Contains("Policy", line, StringComparison.Ordinal);
        Assert.Contains("version of January 1, 2024 (English)", line, StringComparison.Ordinal);
        Assert.Contains(sha, line, StringComparison.Ordinal);
        Assert.Contains("Status on March 1, 2025: No longer in force.", line, StringComparison.Ordinal);
        Assert.Contains(cite.QuerySelectorAll("a"), a => a.GetAttribute("href") == "index.html");
        Assert.Contains(sha, page.QuerySelector(".print-cite")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://legal.example.com/en/privacy/2024-01-01/", page.QuerySelector(".print-cite")!.TextContent, StringComparison.Ordinal);
        // A site built without search carries no marks for an index (built with search, the block is kept out of it:
        // see the search snapshots).
        Assert.Null(cite.GetAttribute("data-pagefind-ignore"));
    }

    [Fact]
    public void A_page_showing_the_binding_text_cites_it_in_the_binding_language()
    {
        var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka", "Tekst.\n").Version("privacy/2024-01-01.en.md", "title: Policy", "Text.\n")
            .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Nowy tekst.\n");
        using (site)
        {
            site.BuildSucceeding();
            var cite = site.Page("en/privacy/2025-01-01/index.html").QuerySelector("section.cite")!;

            Assert.Contains("(Polski)", cite.QuerySelector(".cite-line")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("pl", cite.QuerySelector(".cite-line span[lang]")!.GetAttribute("lang"));
            Assert.Contains("the binding text is cited", cite.QuerySelector(".cite-fields")!.TextContent, StringComparison.Ordinal);
        }
    }
}
