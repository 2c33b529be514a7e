using AngleSharp.Dom;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// A text written for kramdown, built into a site and read as a reader's browser would: its attribute lists are
/// ids on the right elements, its #links arrive, headings carry GitHub's ids and their former ones, and nothing of
/// the syntax shows.
/// </summary>
public class KramdownPagesTests
{
    private const string Body = """
        ## Things you should know

        We may receive personal information from you.
        {: #personal-info }

        * **Cookies**: we use them to remember your choices.
        {: #cookies }

        * **Pixels**: we do not use them. See [the metrics](#data-tools) and [cookies](#cookies).

        ### Health report {: #health-report }

        We use cookies and analytics.
        {: #data-tools }

        ## U.S. Law

        | Purpose | Basis |
        |---|---|
        | Billing | Contract |
        {: .note }

        ## GitHub's Terms

        Effective February 10, 2026
        {: datetime="2026-02-10" }
        """;

    private static (TestSite Site, BuildResult Result) Build()
    {
        var site = new TestSite();
        site.Version("privacy/2024-01-15.pl.md", "title: Polityka", Body);
        return (site, site.BuildSucceeding());
    }

    [Fact]
    public void Every_id_the_text_links_to_or_the_contents_list_is_on_the_page_once()
    {
        var (site, result) = Build();
        using var _ = site;
        var page = site.Page("pl/privacy/index.html");

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var fragments = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToList();
        Assert.Contains("data-tools", fragments);
        Assert.All(fragments, f => Assert.Contains(f, ids));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Attribute_lists_become_ids_on_their_elements_and_never_text()
    {
        var (site, _) = Build();
        using var _ = site;
        var text = site.Page("pl/privacy/index.html").QuerySelector(".policy-text")!;

        Assert.Equal("p", text.QuerySelector("#personal-info")!.LocalName);
        Assert.Equal("li", text.QuerySelector("#cookies")!.LocalName);
        Assert.Equal("h3", text.QuerySelector("#health-report")!.LocalName);
        Assert.Equal("p", text.QuerySelector("#data-tools")!.LocalName);
        Assert.Equal("note", text.QuerySelector("table")!.ClassName);
        Assert.Single(text.QuerySelectorAll("ul"));
        Assert.DoesNotContain(text.Descendants().OfType<IText>(), t => t.Data.Contains("{:", StringComparison.Ordinal));
        Assert.Empty(text.QuerySelectorAll("[datetime]"));
    }

    [Fact]
    public void Headings_carry_GitHubs_ids_and_keep_their_former_ones_out_of_the_contents()
    {
        var (site, _) = Build();
        using var _ = site;
        var page = site.Page("pl/privacy/index.html");

        Assert.Equal("h2", page.GetElementById("us-law")!.LocalName);
        Assert.Equal("us-law", page.GetElementById("u-s-law")!.ParentElement!.Id);
        Assert.Equal("githubs-terms", page.GetElementById("github-s-terms")!.ParentElement!.Id);
        Assert.Equal("", page.GetElementById("u-s-law")!.TextContent);
        var contents = page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#us-law", contents);
        Assert.DoesNotContain("#u-s-law", contents);
    }

    [Fact]
    public void A_former_heading_id_now_taken_fails_a_strict_build_naming_the_file_and_line()
    {
        using var site = new TestSite();
        site.Version("privacy/2024-01-15.pl.md", "title: Polityka", "## Zgoda\n\nA.\n\n## Zgoda\n\nB.\n\n## Zgoda\n\nC.\n");

        var result = site.Build(strict: true);

        Assert.False(result.Succeeded);
        var warning = TestSite.Single(result, DiagnosticCodes.FormerHeadingIdTaken);
        Assert.EndsWith("2024-01-15.pl.md", warning.Location.File, StringComparison.Ordinal);
        Assert.Equal((8, 1), (warning.Location.Line, warning.Location.Column));
    }
}
