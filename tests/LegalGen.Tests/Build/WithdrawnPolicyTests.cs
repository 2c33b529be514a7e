using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// A policy withdrawn in site.yml: before the date its pages announce the withdrawal; from the date no page, list, feed
/// or versions.json calls any version of it in force, each says "withdrawn on …", and every page stays online.
/// </summary>
public sealed class WithdrawnPolicyTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TestSite _site = new TestSite(TestSite.DefaultSiteYml + "\nwithdrawn: { privacy: 2026-01-01 }\n")
        .Version("privacy/2024-01-15.pl.md", "title: Polityka", "## Logi\n\nLogi 30 dni.\n")
        .Version("privacy/2024-01-15.en.md", "title: Policy", "## Logs\n\nLogs 30 days.\n")
        .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.", "## Logi\n\nLogi 14 dni.\n")
        .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: Logs 14 days.", "## Logs\n\nLogs 14 days.\n")
        .Version("terms/2024-01-15.pl.md", "title: Regulamin");

    public void Dispose() => _site.Dispose();

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)!.TextContent;

    [Fact]
    public void Before_the_date_the_version_in_force_announces_the_withdrawal_and_its_last_day()
    {
        _site.BuildSucceeding("2025-06-01");

        var page = _site.Page("en/privacy/index.html");
        Assert.Equal("In force", Text(page, ".badge-current"));
        Assert.Equal("In force from March 1, 2025 until December 31, 2025", Text(page, ".in-force"));
        Assert.Equal("This document will be withdrawn on January 1, 2026. From that day no version of it is in force.", Text(page, ".notice-withdrawal"));
        Assert.Null(page.QuerySelector(".notice-withdrawn"));
        Assert.Equal("To be withdrawn on January 1, 2026", Text(_site.Page("en/index.html"), ".policy-list .badge-withdrawal"));
        Assert.Equal("To be withdrawn on January 1, 2026", Text(_site.Page("en/privacy/changes/index.html"), "#withdrawn h2"));
    }

    [Theory]
    [InlineData("2026-01-01")]
    [InlineData("2030-06-01")]
    public void From_the_date_no_page_of_the_policy_says_a_version_is_in_force(string asOf)
    {
        _site.BuildSucceeding(asOf);

        foreach (var path in new[] { "", "2024-01-15/", "2025-03-01/", "changes/", "compare/", "diff/2024-01-15..2025-03-01/", "2024-01-15/parallel/" })
        {
            var page = _site.Page($"en/privacy/{path}index.html");
            Assert.Empty(page.QuerySelectorAll(".badge-current, .notice-announce, .notice-superseded"));
            Assert.DoesNotContain("In force since", page.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain("In force from", page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void From_the_date_the_policy_page_shows_its_last_version_as_withdrawn()
    {
        _site.BuildSucceeding("2026-01-01");

        var page = _site.Page("en/privacy/index.html");
        Assert.Equal("Withdrawn", Text(page, ".badge-withdrawn"));
        Assert.Equal("Was in force from March 1, 2025 to December 31, 2025", Text(page, ".in-force"));
        Assert.Equal("This document was withdrawn on January 1, 2026. No version of it is in force; every version stays available for reference.",
            Text(page, ".notice-withdrawn strong"));
        Assert.Null(page.QuerySelector(".notice-withdrawn a"));
        Assert.Contains("Logs 14 days.", Text(page, "article"), StringComparison.Ordinal);
    }

    [Fact]
    public void From_the_date_earlier_versions_say_the_policy_was_withdrawn_and_lead_to_its_last_version()
    {
        _site.BuildSucceeding("2026-01-01");

        var page = _site.Page("pl/privacy/2024-01-15/index.html");
        Assert.Equal("Nie obowiązuje", Text(page, ".badge-superseded"));
        var notice = page.QuerySelector(".notice-withdrawn")!;
        Assert.Equal("Ten dokument wycofano 1 stycznia 2026. Żadna jego wersja nie obowiązuje; wszystkie wersje pozostają dostępne do wglądu.", notice.QuerySelector("strong")!.TextContent);
        Assert.Equal("../index.html", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("../diff/2024-01-15..2025-03-01/index.html", page.QuerySelectorAll(".version-links a").Last(a => a.TextContent == "Co zmieniło się od tej wersji").GetAttribute("href"));
    }

    [Fact]
    public void From_the_date_the_parallel_views_say_the_policy_was_withdrawn_too()
    {
        _site.BuildSucceeding("2026-01-01");

        var last = _site.Page("en/privacy/2025-03-01/parallel/index.html");
        Assert.Equal("This document was withdrawn on January 1, 2026. No version of it is in force; every version stays available for reference.",
            Text(last, ".notice-withdrawn strong"));
        Assert.Null(last.QuerySelector(".notice-withdrawn a"));
        var earlier = _site.Page("en/privacy/2024-01-15/parallel/index.html").QuerySelector(".notice-withdrawn a")!;
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(_site.OutputDirectory, "en/privacy/2024-01-15/parallel", earlier.GetAttribute("href")!))));
    }

    [Fact]
    public void From_the_date_the_lists_and_the_change_log_say_withdrawn_on()
    {
        _site.BuildSucceeding("2026-01-01");

        Assert.Equal("Withdrawn on January 1, 2026", _site.Page("en/index.html").QuerySelectorAll(".policy-list tbody tr")[0].QuerySelectorAll("td")[1].TextContent.Trim());
        Assert.StartsWith("In force since January 15, 2024", _site.Page("en/index.html").QuerySelectorAll(".policy-list tbody tr")[1].QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
        var cards = _site.Page("index.html").QuerySelectorAll(".language-card").ToDictionary(c => c.GetAttribute("lang")!);
        Assert.Equal("Withdrawn on January 1, 2026", cards["en"].QuerySelector(".withdrawn-note")!.TextContent);
        Assert.Equal("Wycofano 1 stycznia 2026", cards["pl"].QuerySelector(".withdrawn-note")!.TextContent);
        Assert.Single(cards["en"].QuerySelectorAll(".withdrawn-note"));
        var changes = _site.Page("en/privacy/changes/index.html");
        Assert.Equal("Withdrawn on January 1, 2026", Text(changes, ".changelog > li:first-child#withdrawn h2"));
        Assert.Equal("Withdrawn", Text(changes, "#v2025-03-01 .badge-withdrawn"));
    }

    [Fact]
    public void Versions_json_records_the_withdrawal()
    {
        _site.BuildSucceeding("2026-01-01");

        using var json = JsonDocument.Parse(_site.Read("versions.json"));
        var policies = json.RootElement.GetProperty("policies").EnumerateArray().ToDictionary(p => p.GetProperty("slug").GetString()!);
        var privacy = policies["privacy"];
        Assert.Equal(JsonValueKind.Null, privacy.GetProperty("current").ValueKind);
        Assert.Equal("2026-01-01", privacy.GetProperty("withdrawn").GetString());
        var versions = privacy.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["superseded", "withdrawn"], versions.Select(v => v.GetProperty("status").GetString()));
        Assert.Equal("2025-12-31", versions[1].GetProperty("in_force_until").GetString());
        Assert.Equal(JsonValueKind.Null, policies["terms"].GetProperty("withdrawn").ValueKind);
        Assert.Equal("2024-01-15", policies["terms"].GetProperty("current").GetString());
    }

    [Fact]
    public void Versions_json_before_the_date_names_the_coming_withdrawal_and_the_version_in_force()
    {
        _site.BuildSucceeding("2025-06-01");

        using var json = JsonDocument.Parse(_site.Read("versions.json"));
        var privacy = json.RootElement.GetProperty("policies")[0];
        Assert.Equal("2025-03-01", privacy.GetProperty("current").GetString());
        Assert.Equal("2026-01-01", privacy.GetProperty("withdrawn").GetString());
        Assert.Equal(["superseded", "current"], privacy.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
    }

    [Fact]
    public void The_feeds_carry_the_withdrawal_as_news_dated_never_after_the_as_of_date()
    {
        _site.BuildSucceeding("2025-06-01");
        var before = XDocument.Parse(_site.Read("en/privacy/feed.xml")).Root!.Elements(Atom + "entry").First();
        Assert.Equal("https://legal.example.com/en/privacy/changes/#withdrawn", before.Element(Atom + "id")!.Value);
        Assert.Equal("Policy: To be withdrawn on January 1, 2026", before.Element(Atom + "title")!.Value);
        Assert.Equal("2025-06-01T00:00:00Z", before.Element(Atom + "updated")!.Value);

        _site.BuildSucceeding("2026-03-01");
        var feed = XDocument.Parse(_site.Read("en/privacy/feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal("https://legal.example.com/en/privacy/changes/#withdrawn", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("Policy: Withdrawn on January 1, 2026", entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("2026-01-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("withdrawal", entries[0].Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("https://legal.example.com/en/privacy/changes/#withdrawn", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("withdrawn", entries[1].Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("2026-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.Contains(XDocument.Parse(_site.Read("pl/feed.xml")).Root!.Elements(Atom + "entry"),
            e => e.Element(Atom + "title")!.Value == "Polityka: Wycofano 1 stycznia 2026");
    }

    [Fact]
    public void Every_interface_language_says_withdrawn_in_its_own_words()
    {
        string[] languages = ["ar", "cs", "de", "en", "es", "fr", "it", "ja", "pl", "uk"];
        using var site = new TestSite($"title: T\nbase_url: https://legal.example.com/\ndefault_language: pl\nlanguages: [{string.Join(", ", languages)}]\nwithdrawn: {{ privacy: 2026-01-01 }}\n")
            .Version("privacy/2024-01-15.pl.md", "title: Polityka");
        site.BuildSucceeding("2026-06-01");

        var notices = languages.ToDictionary(l => l, l => site.Page($"{l}/privacy/index.html").QuerySelector(".notice-withdrawn")!.TextContent);
        var statuses = languages.ToDictionary(l => l, l => site.Page($"{l}/privacy/index.html").QuerySelector(".badge-withdrawn")!.TextContent);

        Assert.Equal(languages.Length, notices.Values.Distinct().Count());
        Assert.Equal(languages.Length, statuses.Values.Distinct().Count());
        Assert.All(languages, l => Assert.DoesNotContain("January", notices[l] == notices["en"] ? "" : notices[l], StringComparison.Ordinal));
    }
}
