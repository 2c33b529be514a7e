using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// A site whose English text changed on 2026-05-04 while its translations did not all follow: German declares it
/// was made from the version of 2025-12-17 (and corrects a typo), Japanese is the older text word for word, French
/// was updated. Readers of the German and Japanese pages are told which binding version they are reading, and led to
/// the binding text and to what changed in it; no redline says that nothing changed; LG030 compares each
/// translation with the binding text it was made from.
/// </summary>
public sealed class TranslationProvenanceTests : IDisposable
{
    private const string OldEnglish = "## Services\n\nWe provide services.\n\n## Usage limits\n\nLimits apply.\n";
    private const string NewEnglish = "## Services\n\nWe provide services.\n\n## Usage limits\n\nLimits apply to every account.\n\n## Refunds\n\nRefunds within 30 days.\n";
    private const string OldJapanese = "## サービス\n\n当社はサービスを提供します。\n\n## 利用制限\n\n制限が適用されます。\n";

    private readonly TestSite _site = new TestSite("""
            title: Documents
            base_url: https://legal.example.com/
            default_language: en
            languages: [en, de, ja, fr]
            """)
        .Version("privacy/2025-12-17.en.md", "title: Privacy", OldEnglish)
        .Version("privacy/2025-12-17.de.md", "title: Datenschutz", "## Dienste\n\nWir bieten Dienste an.\n\n## Nutzungsgrenzen\n\nEs gelten Grenzen.\n")
        .Version("privacy/2025-12-17.ja.md", "title: プライバシー", OldJapanese)
        .Version("privacy/2025-12-17.fr.md", "title: Confidentialité", "## Services\n\nNous fournissons des services.\n\n## Limites\n\nDes limites s'appliquent.\n")
        .Version("privacy/2026-05-04.en.md", "title: Privacy\nsummary: Refunds within 30 days; limits per account.", NewEnglish)
        .Version("privacy/2026-05-04.de.md", "title: Datenschutz\nsummary: Tippfehler korrigiert.\ntranslation_of: 2025-12-17",
            "## Dienste\n\nWir bieten Dienste an.\n\n## Nutzungsgrenzen\n\nEs gelten Grenzen!\n")
        .Version("privacy/2026-05-04.ja.md", "title: プライバシー\nsummary: 返金。", OldJapanese)
        .Version("privacy/2026-05-04.fr.md", "title: Confidentialité\nsummary: Remboursements.",
            "## Services\n\nNous fournissons des services.\n\n## Limites\n\nDes limites s'appliquent à chaque compte.\n");

    private readonly BuildResult _result;

    public TranslationProvenanceTests() => _result = _site.BuildSucceeding("2026-06-01");

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("de", "2026-05-04/index.html", "17. Dezember 2025", "4. Mai 2026")]
    [InlineData("de", "index.html", "17. Dezember 2025", "4. Mai 2026")]
    [InlineData("ja", "2026-05-04/index.html", "2025年12月17日", "2026年5月4日")]
    [InlineData("ja", "index.html", "2025年12月17日", "2026年5月4日")]
    public void A_translation_of_an_older_version_says_so_and_links_to_the_binding_text_and_what_changed_in_it(string language, string page, string basis, string version)
    {
        var path = $"{language}/privacy/{page}";

        var notice = _site.Page(path).QuerySelector(".notice-translation-of")!;

        Assert.Contains(basis, notice.TextContent);
        Assert.Contains(version, notice.TextContent);
        Assert.Contains("English", notice.TextContent);
        var targets = notice.QuerySelectorAll("a").Select(a => Resolve(path, a)).ToList();
        Assert.Equal(["en/privacy/2026-05-04/index.html", "en/privacy/diff/2025-12-17..2026-05-04/index.html"], targets);
        Assert.All(targets, t => Assert.True(_site.Exists(t), $"{t} is not a page of the site"));
        Assert.All(notice.QuerySelectorAll("a"), a => Assert.Equal("en", a.GetAttribute("hreflang")));
    }

    [Fact]
    public void The_notice_is_in_the_readers_language()
    {
        Assert.StartsWith("Diese Übersetzung entspricht der Fassung vom 17. Dezember 2025", _site.Page("de/privacy/index.html").QuerySelector(".notice-translation-of")!.TextContent);
        Assert.StartsWith("この翻訳は2025年12月17日版に対応しています", _site.Page("ja/privacy/index.html").QuerySelector(".notice-translation-of")!.TextContent);
    }

    [Theory]
    [InlineData("en/privacy/2026-05-04/index.html")]
    [InlineData("fr/privacy/2026-05-04/index.html")]
    [InlineData("de/privacy/2025-12-17/index.html")]
    [InlineData("ja/privacy/2025-12-17/index.html")]
    public void The_binding_text_and_up_to_date_translations_carry_no_such_notice(string page) =>
        Assert.Null(_site.Page(page).QuerySelector(".notice-translation-of"));

    [Theory]
    [InlineData("de")]
    [InlineData("ja")]
    public void A_translated_redline_says_the_translation_was_not_updated_and_never_that_nothing_changed(string language)
    {
        var path = $"{language}/privacy/diff/2025-12-17..2026-05-04/index.html";
        var page = _site.Page(path);

        Assert.Null(page.QuerySelector(".diff-none"));
        var notice = page.QuerySelector(".notice-not-updated")!;
        Assert.Contains("English", notice.TextContent);
        var binding = Resolve(path, notice.QuerySelector("a")!);
        Assert.Equal("en/privacy/diff/2025-12-17..2026-05-04/index.html", binding);
        Assert.NotNull(_site.Page(binding).QuerySelector(".diff-counts"));
    }

    [Fact]
    public void The_corrections_made_to_a_translation_that_was_not_updated_are_still_shown()
    {
        var page = _site.Page("de/privacy/diff/2025-12-17..2026-05-04/index.html");

        Assert.NotNull(page.QuerySelector(".notice-not-updated"));
        Assert.EndsWith("!", Assert.Single(page.QuerySelectorAll(".view-inline ins")).TextContent, StringComparison.Ordinal);
        Assert.EndsWith(".", Assert.Single(page.QuerySelectorAll(".view-inline del")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_up_to_date_translations_redline_shows_its_changes_and_links_to_the_binding_redline()
    {
        const string path = "fr/privacy/diff/2025-12-17..2026-05-04/index.html";
        var page = _site.Page(path);

        Assert.Null(page.QuerySelector(".notice-not-updated"));
        Assert.Null(page.QuerySelector(".notice-translation-of"));
        Assert.NotNull(page.QuerySelector(".diff-counts"));
        var binding = page.QuerySelectorAll(".diff-links a").Single(a => a.GetAttribute("hreflang") == "en");
        Assert.Equal("en/privacy/diff/2025-12-17..2026-05-04/index.html", Resolve(path, binding));
    }

    [Fact]
    public void The_change_log_and_the_parallel_view_say_which_version_a_translation_reflects()
    {
        var entry = _site.Page("ja/privacy/changes/index.html").QuerySelector("#v2026-05-04")!;
        Assert.Contains("2025年12月17日", entry.QuerySelector(".notice-translation-of")!.TextContent);
        Assert.Null(_site.Page("ja/privacy/changes/index.html").QuerySelector("#v2025-12-17 .notice-translation-of"));

        Assert.Contains("17. Dezember 2025", _site.Page("de/privacy/2026-05-04/parallel/index.html").QuerySelector(".notice-translation-of")!.TextContent);
        Assert.Contains("17. Dezember 2025", _site.Page("de/index.html").QuerySelector(".translation-note")!.TextContent);
        Assert.Null(_site.Page("fr/index.html").QuerySelector(".translation-note"));
    }

    [Fact]
    public void A_translation_declared_or_found_older_is_compared_with_the_binding_text_it_was_made_from()
    {
        // German and Japanese lack the new "Refunds" section, which their binding text of 2025-12-17 does not have;
        // French claims to translate 2026-05-04 and lacks it: a drift.
        var drifts = _result.Diagnostics.Where(d => d.Code == DiagnosticCodes.TranslationStructure).ToList();

        Assert.NotEmpty(drifts);
        Assert.All(drifts, d => Assert.Equal("privacy/2026-05-04.fr.md", d.Location.File));
        Assert.Contains(drifts, d => d.Message.Contains("Refunds", StringComparison.Ordinal) && d.Message.Contains("privacy/2026-05-04.en.md", StringComparison.Ordinal));
    }

    [Fact]
    public void The_translation_found_unchanged_is_one_warning_at_its_file()
    {
        var warning = TestSite.Single(_result, DiagnosticCodes.TranslationUnchanged);

        Assert.Equal(new SourceLocation("privacy/2026-05-04.ja.md", 5, 1), warning.Location);
        Assert.Contains("privacy/2025-12-17.ja.md", warning.Message);
    }

    [Fact]
    public void Versions_json_names_the_binding_version_each_text_was_made_from()
    {
        using var json = JsonDocument.Parse(_site.Read("versions.json"));
        var latest = json.RootElement.GetProperty("policies")[0].GetProperty("versions")[1];

        var made = latest.GetProperty("translations").EnumerateArray()
            .ToDictionary(t => t.GetProperty("language").GetString()!, t => t.GetProperty("translation_of").GetString());

        Assert.Equal("2026-05-04", latest.GetProperty("date").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["en"] = "2026-05-04", ["de"] = "2025-12-17", ["ja"] = "2025-12-17", ["fr"] = "2026-05-04" }, made);
    }

    [Fact]
    public void The_feed_entry_of_an_older_translation_says_so_with_links_to_the_binding_text()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var feed = XDocument.Parse(_site.Read("de/privacy/feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToDictionary(e => e.Element(atom + "id")!.Value);

        var entry = entries["https://legal.example.com/de/privacy/2026-05-04/"];
        var category = entry.Elements(atom + "category").Single(c => c.Attribute("term")!.Value == "translation-of");
        Assert.Equal("Übersetzung der Fassung vom 17. Dezember 2025", category.Attribute("label")!.Value);
        var binding = entry.Elements(atom + "link").Single(l => l.Attribute("hreflang")?.Value == "en");
        Assert.Equal("https://legal.example.com/en/privacy/2026-05-04/", binding.Attribute("href")!.Value);
        var links = entry.Descendants(xhtml + "a").Select(a => a.Attribute("href")!.Value).ToList();
        Assert.Equal(["https://legal.example.com/en/privacy/2026-05-04/", "https://legal.example.com/en/privacy/diff/2025-12-17..2026-05-04/"], links);
        Assert.Contains("17. Dezember 2025", entry.Element(atom + "content")!.Value);
        Assert.DoesNotContain(entries["https://legal.example.com/de/privacy/2025-12-17/"].Elements(atom + "category"), c => c.Attribute("term")!.Value == "translation-of");
    }

    [Fact]
    public void A_mistake_in_translation_of_fails_the_build_and_leaves_the_site_as_it_was()
    {
        var before = _site.Read("de/privacy/index.html");
        _site.Version("privacy/2026-05-04.de.md", "title: Datenschutz\nsummary: Tippfehler korrigiert.\ntranslation_of: 2026-01-01", "## Dienste\n");

        var result = _site.Build("2026-06-01");

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.Equal(new SourceLocation("privacy/2026-05-04.de.md", 4, 17), TestSite.Single(result, DiagnosticCodes.TranslationOfUnknownVersion).Location);
        Assert.Equal(before, _site.Read("de/privacy/index.html"));
    }

    /// <summary>Where a link on the page at <paramref name="from"/> (a path from the site's root) leads, as a path from the root.</summary>
    private static string Resolve(string from, IElement link)
    {
        var root = new Uri("http://site/");
        return new Uri(new Uri(root, from), link.GetAttribute("href")!).AbsolutePath.TrimStart('/');
    }
}
