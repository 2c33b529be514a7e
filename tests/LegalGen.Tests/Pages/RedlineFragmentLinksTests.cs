using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// A redline does not carry its texts' anchors, so a link in a text to a fragment of that text leads to the fragment
/// on the text's permanent page: in a redline the older version's for deleted text and for the older formatting of
/// relinked words (which the side-by-side view shows in its older column), the newer one's for the rest,
/// in the parallel view the binding text's or the translation's.
/// </summary>
public class RedlineFragmentLinksTests
{
    [Fact]
    public void A_link_to_a_fragment_of_the_text_leads_to_that_fragment_on_the_page_of_the_version_it_comes_from()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: Polityka", "Dane.\n{: #dane }\n\nZob. [stare dane](#dane).\n")
            .Version("p/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Dane osobowe.\n{: #osobowe }\n\nZob. [nowe dane](#osobowe).\n");

        site.BuildSucceeding();

        var diffPath = "pl/p/diff/2024-01-01..2025-01-01/index.html";
        var page = site.Page(diffPath);
        // The older version's words: deleted, or as the older version linked them (rl-was, for the side-by-side view's older column).
        var links = page.QuerySelectorAll(".redline a[href*='#']")
            .Select(a => (a.TextContent, Href: a.GetAttribute("href")!, Older: a.Closest("del, .rl-was") is not null))
            .ToList();
        Assert.Contains(links, l => l.TextContent.Contains("stare", StringComparison.Ordinal) && l.Older);
        Assert.Contains(links, l => l.TextContent.Contains("nowe", StringComparison.Ordinal) && !l.Older);
        Assert.Equal([true, false], links.Where(l => l.TextContent == "dane").Select(l => l.Older));
        foreach (var (_, href, older) in links)
        {
            var (file, fragment) = (href[..href.IndexOf('#', StringComparison.Ordinal)], href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            var target = Path.GetRelativePath(site.OutputDirectory, Path.GetFullPath(Path.Combine(site.OutputDirectory, Path.GetDirectoryName(diffPath)!, file)));
            Assert.Equal(older ? "pl/p/2024-01-01/index.html" : "pl/p/2025-01-01/index.html", target.Replace('\\', '/'));
            Assert.NotNull(site.Page(target).GetElementById(fragment));
        }
    }

    [Fact]
    public void In_the_parallel_view_a_link_to_a_fragment_of_either_text_leads_to_it_on_that_texts_page()
    {
        using var site = new TestSite()
            .Version("p/2024-01-01.pl.md", "title: Polityka", "Dane.\n{: #dane }\n\nZob. [dane](#dane).\n")
            .Version("p/2024-01-01.en.md", "title: Policy", "Data.\n{: #data }\n\nSee [data](#data).\n");

        site.BuildSucceeding();

        var path = "en/p/2024-01-01/parallel/index.html";
        var links = site.Page(path).QuerySelectorAll(".pv-block a[href*='#']").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["../../../../pl/p/2024-01-01/index.html#dane", "../index.html#data"], links);
        foreach (var href in links)
        {
            var target = Path.GetRelativePath(site.OutputDirectory, Path.GetFullPath(Path.Combine(site.OutputDirectory, Path.GetDirectoryName(path)!, href[..href.IndexOf('#', StringComparison.Ordinal)])));
            Assert.NotNull(site.Page(target).GetElementById(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        }
    }
}
