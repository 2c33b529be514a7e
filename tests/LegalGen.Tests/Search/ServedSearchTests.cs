using LegalGen.Build;
using LegalGen.Cli.Commands.Serve;
using LegalGen.Search;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Search;

/// <summary>
/// <c>serve</c> with search: every build is indexed, a save that renders one policy again included — the other
/// policies' pages, taken from the build that rendered them, are in the site as files the indexer reads.
/// </summary>
public class ServedSearchTests
{
    [PagefindFact]
    public void A_save_that_renders_one_policy_again_indexes_every_policy_again()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Wersja 1.\n")
            .Version("terms/2024-01-01.pl.md", "title: Regulamin", "Treść.\n")
            .Version("cookies/2024-01-01.pl.md", "title: Ciasteczka", "Niezbędne.\n");
        using var live = new LiveSite(new BuildOptions(site.ContentDirectory, site.TemplatesDirectory, "", new DateOnly(2026, 1, 1), Search: new PagefindIndexer(Pagefind.Program!)));
        var privacy = Path.Combine(site.ContentDirectory, "privacy", "2024-01-01.pl.md");

        var first = live.Rebuild();
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "Wersja 2.\n");
        var second = live.Rebuild([privacy]);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics) + second.SearchFault);
        Assert.Equal(1, second.Summary!.PoliciesRendered);
        Assert.Equal(first.Summary!.Search!.PagesByLanguage, second.Summary.Search!.PagesByLanguage);
        Assert.Equal(3, second.Summary.Search.PagesByLanguage["pl"]);
        var terms = new DirectoryInfo(Path.Combine(live.State.Folder!, "pl", "terms"));
        Assert.Null(terms.LinkTarget);
        Assert.True(File.Exists(Path.Combine(live.State.Folder!, "pl", "search.html")));
    }
}
