using AngleSharp.Dom;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// What pages say of a version's announcement (<c>published:</c>) and of an editorial correction: "announced on …,
/// takes effect on …" while a version is upcoming, the announcement beside the dates in force afterwards, corrections
/// titled as such in the change log — on as-of dates before and after each date.
/// </summary>
public sealed class AnnouncedVersionsTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Version("privacy/2024-01-15.pl.md", "title: Polityka", "## Logi\n\nLogi 30 dni.\n")
        .Version("privacy/2024-01-15.en.md", "title: Policy", "## Logs\n\nLogs 30 days.\n")
        .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.\npublished: 2025-01-20", "## Logi\n\nLogi 14 dni.\n")
        .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: Logs 14 days.", "## Logs\n\nLogs 14 days.\n")
        .Version("privacy/2025-06-01.pl.md", "title: Polityka\nsummary: Literówka.\neditorial: true\npublished: 2025-06-01", "## Logi\n\nLogi: 14 dni.\n")
        .Version("privacy/2025-06-01.en.md", "title: Policy\nsummary: A typo.", "## Logs\n\nLogs: 14 days.\n")
        .Version("terms/2024-01-15.pl.md", "title: Regulamin")
        .Version("terms/2025-03-01.pl.md", "title: Regulamin\nsummary: Zmiana.");

    public void Dispose() => _site.Dispose();

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)!.TextContent;

    [Fact]
    public void An_upcoming_version_says_when_it_was_announced_and_when_it_takes_effect()
    {
        _site.BuildSucceeding("2025-02-01");

        Assert.Equal("Announced on January 20, 2025, takes effect on March 1, 2025", Text(_site.Page("en/privacy/2025-03-01/index.html"), ".in-force"));
        Assert.Equal("Ogłoszona 20 stycznia 2025, wchodzi w życie 1 marca 2025", Text(_site.Page("pl/privacy/2025-03-01/index.html"), ".in-force"));
        Assert.Equal("Takes effect on March 1, 2025", Text(_site.Page("en/terms/2025-03-01/index.html"), ".in-force"));
    }

    [Fact]
    public void An_announcement_date_still_to_come_is_not_claimed_before_it()
    {
        _site.BuildSucceeding("2025-01-10");

        Assert.Equal("Takes effect on March 1, 2025", Text(_site.Page("en/privacy/2025-03-01/index.html"), ".in-force"));
        Assert.Equal("A new version takes effect on March 1, 2025.", Text(_site.Page("en/privacy/index.html"), ".notice-announce strong"));
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(_site.OutputDirectory, "en", "privacy", "feed.xml"));
        Assert.DoesNotContain(feed.Descendants(), e => e.Name.LocalName == "published");
        Assert.DoesNotContain("announced", feed.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_current_page_announces_the_new_version_with_its_announcement_date()
    {
        _site.BuildSucceeding("2025-02-01");

        var notice = _site.Page("en/privacy/index.html").QuerySelector(".notice-announce strong")!;
        Assert.Equal("A new version, announced on January 20, 2025, takes effect on March 1, 2025.", notice.TextContent);
        Assert.Equal("A new version takes effect on March 1, 2025.", Text(_site.Page("en/terms/index.html"), ".notice-announce strong"));
        var home = _site.Page("en/index.html").QuerySelectorAll(".policy-list .badge-upcoming").Select(b => b.TextContent).ToList();
        Assert.Equal(["A new version, announced on January 20, 2025, takes effect on March 1, 2025.", "A new version takes effect on March 1, 2025."], home);
    }

    [Fact]
    public void Once_in_force_a_version_still_says_when_it_was_announced()
    {
        _site.BuildSucceeding("2025-04-01");

        Assert.Equal("In force from March 1, 2025 until May 31, 2025 (announced on January 20, 2025)", Text(_site.Page("en/privacy/index.html"), ".in-force"));
        Assert.Equal("Obowiązywała od 15 stycznia 2024 do 28 lutego 2025", Text(_site.Page("pl/privacy/2024-01-15/index.html"), ".in-force"));
    }

    [Fact]
    public void The_change_log_shows_the_announcement_date_where_declared()
    {
        _site.BuildSucceeding("2025-07-01");

        var entries = _site.Page("en/privacy/changes/index.html").QuerySelectorAll(".changelog-entry").ToDictionary(e => e.Id!);
        Assert.Equal("Was in force from March 1, 2025 to May 31, 2025 (announced on January 20, 2025)", entries["v2025-03-01"].QuerySelector(".in-force")!.TextContent);
        Assert.DoesNotContain("announced", entries["v2024-01-15"].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_is_titled_as_one_in_the_change_log_and_marked_on_its_page()
    {
        _site.BuildSucceeding("2025-07-01");

        var entry = _site.Page("en/privacy/changes/index.html").QuerySelector("#v2025-06-01")!;
        Assert.Equal("Correction effective June 1, 2025", entry.QuerySelector("h2")!.TextContent);
        Assert.Equal("Editorial correction", entry.QuerySelector(".badge-editorial")!.TextContent);
        Assert.Equal("Poprawka obowiązująca od 1 czerwca 2025", _site.Page("pl/privacy/changes/index.html").QuerySelector("#v2025-06-01 h2")!.TextContent);
        Assert.Equal("Version of March 1, 2025", _site.Page("en/privacy/changes/index.html").QuerySelector("#v2025-03-01 h2")!.TextContent);
        Assert.NotNull(_site.Page("en/privacy/index.html").QuerySelector(".notice-editorial"));
    }

    [Fact]
    public void A_correction_to_come_is_never_announced_as_a_new_version()
    {
        _site.BuildSucceeding("2025-04-01");

        Assert.Null(_site.Page("en/privacy/index.html").QuerySelector(".notice-announce"));
        Assert.Empty(_site.Page("en/index.html").QuerySelectorAll(".policy-list .badge-upcoming"));
    }
}
