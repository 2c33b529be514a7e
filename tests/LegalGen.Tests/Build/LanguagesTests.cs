using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>
/// A site with a binding language (Polish), a full translation (English), a partial one (German), a
/// script without spaces (Japanese) and a right-to-left one (Arabic): every page in every language, with
/// the right text, notices, status, dates, hreflang, lang and dir.
/// </summary>
public sealed class LanguagesTests : IDisposable
{
    private static readonly string[] Languages = ["pl", "en", "de", "ja", "ar"];

    private readonly TestSite _site = new TestSite("""
            title: { pl: "Dokumenty", en: "Documents", ja: "法的文書", ar: "الوثائق القانونية" }
            default_language: pl
            languages: [pl, en, de, ja, ar]
            language_names: { de: "Deutsch (Schweiz)" }
            """)
        .Version("privacy/2024-01-15.pl.md", "title: Polityka", "## Zakres\n\nDotyczy strony.\n\n## Logi\n\nLogi przechowujemy 30 dni.\n")
        .Version("privacy/2024-01-15.en.md", "title: Policy", "## Scope\n\nCovers the website.\n\n## Logs\n\nLogs are kept for 30 days.\n")
        .Version("privacy/2024-01-15.de.md", "title: Richtlinie", "## Geltung\n\nGilt für die Website.\n\n## Protokolle\n\nProtokolle 30 Tage.\n\nEin zusätzlicher Absatz.\n")
        .Version("privacy/2024-01-15.ja.md", "title: プライバシーポリシー", "## 範囲\n\n当社のウェブサイトに適用されます。\n\n## ログ\n\nログは30日間保存されます。\n")
        .Version("privacy/2024-01-15.ar.md", "title: سياسة الخصوصية", "## النطاق\n\nتنطبق على الموقع.\n\n## السجلات\n\nنحتفظ بالسجلات 30 يومًا.\n")
        .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Logi 14 dni.", "## Zakres\n\nDotyczy strony.\n\n## Logi\n\nLogi przechowujemy 14 dni.\n")
        .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: Logs 14 days.", "## Scope\n\nCovers the website.\n\n## Logs\n\nLogs are kept for 14 days.\n")
        .Version("privacy/2025-03-01.ja.md", "title: プライバシーポリシー\nsummary: ログは14日間。", "## 範囲\n\n当社のウェブサイトに適用されます。\n\n## ログ\n\nログは14日間保存されます。\n")
        .Version("privacy/2027-01-01.pl.md", "title: Polityka\nsummary: Logi 7 dni.", "## Zakres\n\nDotyczy strony.\n\n## Logi\n\nLogi przechowujemy 7 dni.\n");

    public LanguagesTests() => _site.BuildSucceeding("2026-01-01");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_page_exists_in_every_language_with_its_lang_and_direction()
    {
        foreach (var language in Languages)
        {
            foreach (var page in new[] { "", "privacy/", "privacy/2024-01-15/", "privacy/2025-03-01/", "privacy/2027-01-01/", "privacy/changes/", "privacy/compare/" }
                         .Concat(language is "pl" or "en" or "ja" ? ["privacy/diff/2024-01-15..2025-03-01/"] : []))
            {
                var html = _site.Page($"{language}/{page}index.html").DocumentElement;
                Assert.Equal(language, html.GetAttribute("lang"));
                Assert.Equal(language == "ar" ? "rtl" : "ltr", html.GetAttribute("dir"));
            }
        }
    }

    [Fact]
    public void Every_page_names_its_alternates_and_a_default()
    {
        var page = _site.Page("ja/privacy/2025-03-01/index.html");

        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();

        // German and Arabic show the binding text of this version: their pages are no alternates in their languages.
        Assert.Equal([
            ("pl", "../../../pl/privacy/2025-03-01/index.html"),
            ("en", "../../../en/privacy/2025-03-01/index.html"),
            ("ja", "index.html"),
            ("x-default", "../../../pl/privacy/2025-03-01/index.html")], alternates);
        Assert.Equal("Deutsch (Schweiz)", page.QuerySelector(".language-switcher a[hreflang=de]")!.TextContent);
        Assert.Equal("العربية", page.QuerySelector(".language-switcher a[hreflang=ar]")!.TextContent);
        Assert.Equal("rtl", page.QuerySelector(".language-switcher a[hreflang=ar]")!.GetAttribute("dir"));
    }

    [Fact]
    public void A_missing_translation_shows_the_binding_text_marked_with_its_language_and_direction()
    {
        var arabic = _site.Page("ar/privacy/2025-03-01/index.html");

        var article = arabic.QuerySelector("article")!;
        Assert.Equal("pl", article.GetAttribute("lang"));
        Assert.Equal("ltr", article.GetAttribute("dir"));
        Assert.Contains("14 dni", article.TextContent);
        var notice = arabic.QuerySelector(".notice-fallback")!;
        Assert.Contains("Polski", notice.TextContent);
        Assert.Equal("../2024-01-15/index.html", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Interface_text_and_dates_are_in_the_readers_language()
    {
        string InForce(string language) => _site.Page($"{language}/privacy/2024-01-15/index.html").QuerySelector(".in-force")!.TextContent;

        Assert.Equal("Obowiązywała od 15 stycznia 2024 do 28 lutego 2025", InForce("pl"));
        Assert.Equal("Was in force from January 15, 2024 to February 28, 2025", InForce("en"));
        Assert.Contains("2024年1月15日", InForce("ja"));
        Assert.Contains("15. Januar 2024", InForce("de"));
        Assert.Contains("15 يناير 2024", InForce("ar"));
    }

    [Fact]
    public void The_upcoming_binding_version_is_announced_in_every_language()
    {
        foreach (var language in Languages)
        {
            var notice = _site.Page($"{language}/privacy/index.html").QuerySelector(".notice-announce");
            Assert.NotNull(notice);
            Assert.Contains("diff/2025-03-01..2027-01-01/index.html", notice!.InnerHtml);
        }
    }

    [Fact]
    public void A_drifted_translation_is_a_warning_naming_both_files_and_fails_a_strict_build()
    {
        var result = _site.Build("2026-01-01");
        var warning = TestSite.Single(result, DiagnosticCodes.TranslationStructure);

        Assert.False(warning.IsError);
        Assert.Equal(new SourceLocation("privacy/2024-01-15.de.md", 12, 1), warning.Location);
        Assert.Contains("no counterpart in the binding text (privacy/2024-01-15.pl.md)", warning.Message);
        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(_site.Build("2026-01-01", strict: true)));
    }

    [Fact]
    public void A_translation_can_be_read_beside_the_binding_text_block_by_block()
    {
        var page = _site.Page("de/privacy/2024-01-15/parallel/index.html");

        var rows = page.QuerySelectorAll(".pv-row:not(.pv-caption)").ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal("Logi", rows[2].QuerySelector(".pv-source .pv-block")!.TextContent);
        Assert.Equal("Protokolle", rows[2].QuerySelector(".pv-translation .pv-block")!.TextContent);
        Assert.True(rows[4].ClassList.Contains("pv-drift"));
        Assert.Equal("", rows[4].QuerySelector(".pv-source")!.TextContent);
        Assert.Equal("pl", rows[0].QuerySelector(".pv-source")!.GetAttribute("lang"));
        Assert.Equal("parallel/index.html", _site.Page("de/privacy/2024-01-15/index.html").QuerySelectorAll(".version-links a").Select(a => a.GetAttribute("href")).Single(h => h!.Contains("parallel")));
        Assert.Equal(["en", "de", "ja", "ar"], _site.Page("pl/privacy/2024-01-15/index.html").QuerySelectorAll(".version-links a[hreflang]").Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public void The_language_home_says_when_the_version_in_force_is_not_translated()
    {
        var german = _site.Page("de/index.html").QuerySelector(".translation-note")!;

        Assert.Contains("15. Januar 2024", german.TextContent);
        Assert.Null(_site.Page("en/index.html").QuerySelector(".translation-note"));
    }
}
