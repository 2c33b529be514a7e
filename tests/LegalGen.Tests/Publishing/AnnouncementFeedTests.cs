using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Publishing;

/// <summary>
/// Feeds and versions.json tell when a version was announced: entries are dated by <c>published:</c>, else by the
/// effective date, never after the as-of date; corrections are titled as such.
/// </summary>
public sealed class AnnouncementFeedTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private readonly TestSite _site = new TestSite()
        .Version("privacy/2024-01-15.pl.md", "title: Polityka")
        .Version("privacy/2024-01-15.en.md", "title: Policy")
        .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.\npublished: 2025-01-20")
        .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: Logs 14 days.")
        .Version("privacy/2025-06-01.pl.md", "title: Polityka\nsummary: Literówka.\neditorial: true\npublished: 2025-06-01")
        .Version("terms/2024-01-15.pl.md", "title: Regulamin")
        .Version("terms/2025-03-01.pl.md", "title: Regulamin\nsummary: Zmiana.");

    public void Dispose() => _site.Dispose();

    private Dictionary<string, XElement> Entries(string feed) => XDocument.Parse(_site.Read(feed)).Root!.Elements(Atom + "entry")
        .ToDictionary(e => e.Element(Atom + "id")!.Value.Split('/')[^2]);

    private static string? Element(XElement entry, string name) => entry.Element(Atom + name)?.Value;

    [Fact]
    public void An_entry_is_dated_by_its_announcement_else_by_its_effective_date()
    {
        _site.BuildSucceeding("2025-02-01");

        var privacy = Entries("en/privacy/feed.xml");
        Assert.Equal("2025-01-20T00:00:00Z", Element(privacy["2025-03-01"], "updated"));
        Assert.Equal("2025-01-20T00:00:00Z", Element(privacy["2025-03-01"], "published"));
        Assert.Equal("2024-01-15T00:00:00Z", Element(privacy["2024-01-15"], "updated"));
        Assert.Null(Element(privacy["2024-01-15"], "published"));
        Assert.Equal("Announced on January 20, 2025, takes effect on March 1, 2025",
            privacy["2025-03-01"].Element(Atom + "content")!.Descendants(Xhtml + "p").First().Value);
    }

    [Fact]
    public void An_upcoming_version_without_an_announcement_date_is_dated_by_the_as_of_date()
    {
        _site.BuildSucceeding("2025-02-01");

        var terms = Entries("en/terms/feed.xml");
        Assert.Equal("2025-02-01T00:00:00Z", Element(terms["2025-03-01"], "updated"));
        Assert.Null(Element(terms["2025-03-01"], "published"));
        Assert.Equal("2025-02-01T00:00:00Z", Element(Entries("en/privacy/feed.xml")["2025-06-01"], "updated"));
    }

    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2025-02-01")]
    [InlineData("2025-07-01")]
    public void No_feed_carries_a_date_after_the_as_of_date(string asOf)
    {
        _site.BuildSucceeding(asOf);
        var limit = DateTimeOffset.Parse(asOf + "T00:00:00Z", CultureInfo.InvariantCulture);

        var dates = Directory.EnumerateFiles(_site.OutputDirectory, "feed.xml", SearchOption.AllDirectories)
            .SelectMany(f => XDocument.Parse(File.ReadAllText(f)).Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
            .Select(e => DateTimeOffset.Parse(e.Value, CultureInfo.InvariantCulture))
            .ToList();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.True(d <= limit, $"{d:yyyy-MM-dd} is after {asOf}"));
    }

    [Fact]
    public void A_correction_is_titled_and_filed_as_one_in_the_readers_language()
    {
        _site.BuildSucceeding("2025-07-01");

        var english = Entries("en/privacy/feed.xml")["2025-06-01"];
        Assert.Equal("Polityka: Correction effective June 1, 2025", Element(english, "title"));
        Assert.Contains(english.Elements(Atom + "category"), c => c.Attribute("term")!.Value == "editorial" && c.Attribute("label")!.Value == "Editorial correction");
        Assert.Equal("Polityka: Poprawka obowiązująca od 1 czerwca 2025", Element(Entries("pl/privacy/feed.xml")["2025-06-01"], "title"));
        Assert.Equal("Policy: Version of March 1, 2025", Element(Entries("en/privacy/feed.xml")["2025-03-01"], "title"));
    }

    [Fact]
    public void Once_in_force_an_entry_keeps_its_announcement_date_and_says_it()
    {
        _site.BuildSucceeding("2025-07-01");

        var entry = Entries("en/privacy/feed.xml")["2025-03-01"];
        Assert.Equal("2025-01-20T00:00:00Z", Element(entry, "updated"));
        Assert.Equal("Was in force from March 1, 2025 to May 31, 2025 (announced on January 20, 2025)",
            entry.Element(Atom + "content")!.Descendants(Xhtml + "p").First().Value);
    }

    [Fact]
    public void The_language_feed_lists_the_newest_announcement_first()
    {
        _site.BuildSucceeding("2025-02-01");

        var updated = XDocument.Parse(_site.Read("en/feed.xml")).Root!.Elements(Atom + "entry").Select(e => Element(e, "updated")).ToList();

        Assert.Equal(updated.OrderByDescending(u => u, StringComparer.Ordinal), updated);
    }

    [Fact]
    public void Versions_json_records_each_versions_announcement_date()
    {
        _site.BuildSucceeding("2025-02-01");

        using var json = JsonDocument.Parse(_site.Read("versions.json"));
        var versions = json.RootElement.GetProperty("policies")[0].GetProperty("versions").EnumerateArray().ToList();

        Assert.Equal(JsonValueKind.Null, versions[0].GetProperty("published").ValueKind);
        Assert.Equal("2025-01-20", versions[1].GetProperty("published").GetString());
        Assert.Equal("2025-06-01", versions[2].GetProperty("published").GetString());
    }
}
