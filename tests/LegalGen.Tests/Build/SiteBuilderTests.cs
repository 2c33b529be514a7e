using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Build;

/// <summary>Whole builds of small content trees written inline, asserting on the pages written.</summary>
public class SiteBuilderTests
{
    private static TestSite ThreeVersionSite() => new TestSite(
            "title: Acme legal\ndefault_language: de\nlanguages: [de, fr, en]\n")
        .Version("terms/2024-01-15.de.md", "title: Nutzungsbedingungen", "## Laufzeit\n\nDer Vertrag gilt 30 Tage.\n\n## Kündigung\n\nSchriftlich.\n")
        .Version("terms/2024-01-15.fr.md", "title: Conditions d'utilisation", "## Durée\n\nLe contrat dure 30 jours.\n\n## Résiliation\n\nPar écrit.\n")
        .Version("terms/2025-05-01.de.md", "title: Nutzungsbedingungen\nsummary: Laufzeit verkürzt.\nchanges:\n  - 14 statt 30 Tage", "## Laufzeit\n\nDer Vertrag gilt 14 Tage.\n\n## Kündigung\n\nSchriftlich.\n")
        .Version("terms/2025-05-01.fr.md", "title: Conditions d'utilisation\nsummary: Durée réduite.", "## Durée\n\nLe contrat dure 14 jours.\n\n## Résiliation\n\nPar écrit.\n")
        .Version("terms/2027-01-01.de.md", "title: Nutzungsbedingungen\nsummary: Neue Kündigungsfrist.", "## Laufzeit\n\nDer Vertrag gilt 14 Tage.\n\n## Kündigung\n\nSchriftlich oder per E-Mail.\n");

    [Fact]
    public void Every_page_kind_exists_in_every_language()
    {
        using var site = ThreeVersionSite();

        var result = site.BuildSucceeding("2026-01-01");

        Assert.True(site.Exists("index.html"));
        Assert.True(site.Exists("assets/style.css"));
        foreach (var lang in new[] { "de", "fr", "en" })
        {
            Assert.True(site.Exists($"{lang}/index.html"));
            Assert.True(site.Exists($"{lang}/terms/index.html"));
            Assert.True(site.Exists($"{lang}/terms/changes/index.html"));
            foreach (var date in new[] { "2024-01-15", "2025-05-01", "2027-01-01" })
                Assert.True(site.Exists($"{lang}/terms/{date}/index.html"), $"{lang} {date}");
            Assert.True(site.Exists($"{lang}/terms/compare/index.html"));

            // Diff pages: each version against its predecessor and against the one in force (2025-05-01), in the
            // languages both versions are translated into; 2024-01-15 against 2027-01-01 is compared in the browser.
            Assert.Equal(lang != "en", site.Exists($"{lang}/terms/diff/2024-01-15..2025-05-01/index.html"));
            Assert.Equal(lang == "de", site.Exists($"{lang}/terms/diff/2025-05-01..2027-01-01/index.html"));
            Assert.False(site.Exists($"{lang}/terms/diff/2024-01-15..2027-01-01/index.html"));
        }

        var perLanguage = 1 + 3 + 1 + 1;
        var diffPages = 2 + 1; // German: both pairs; French: the pair it has both texts of
        var parallelPages = 2; // the French translations of 2024-01-15 and 2025-05-01
        var notFoundPage = 1;
        Assert.Equal(
            new BuildSummary(1, 3, 3, 1 + 3 + 3 * perLanguage + diffPages + parallelPages + notFoundPage, result.Summary!.Milliseconds, Path.Combine(site.OutputDirectory, "index.html")),
            result.Summary with { Leftovers = null, WithoutBaseUrl = false });
        Assert.True(result.Summary.WithoutBaseUrl);
        Assert.Empty(result.Summary.Leftovers!);
    }

    [Fact]
    public void The_policy_page_shows_the_version_in_force_on_the_as_of_date()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2025-04-30");
        Assert.Contains("30 Tage", site.Page("de/terms/index.html").QuerySelector(".policy-text")!.TextContent);

        site.BuildSucceeding("2025-05-01");
        Assert.Contains("14 Tage", site.Page("de/terms/index.html").QuerySelector(".policy-text")!.TextContent);
    }

    [Fact]
    public void The_current_page_announces_the_upcoming_version_with_links_to_it_and_its_diff()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2026-01-01");

        var notice = site.Page("fr/terms/index.html").QuerySelector(".notice-announce")!;

        Assert.Contains("January 1, 2027", site.Page("en/terms/index.html").QuerySelector(".notice-announce")!.TextContent);
        var links = notice.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        // No French text of 2027-01-01: the binding language's diff page compares the two.
        Assert.Equal(["2027-01-01/index.html", "../../de/terms/diff/2025-05-01..2027-01-01/index.html"], links);
    }

    [Fact]
    public void Version_pages_state_their_status_and_dates()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2026-01-01");

        string Status(string path) => site.Page(path).QuerySelector(".version-meta .status")!.TextContent;

        Assert.Contains("Was in force from January 15, 2024 to April 30, 2025", Status("en/terms/2024-01-15/index.html"));
        Assert.Contains("In force from May 1, 2025 until December 31, 2026", Status("en/terms/2025-05-01/index.html"));
        Assert.Contains("Takes effect on January 1, 2027", Status("en/terms/2027-01-01/index.html"));
        Assert.NotNull(site.Page("en/terms/2024-01-15/index.html").QuerySelector(".notice-superseded a[href='../2025-05-01/index.html']"));
        Assert.NotNull(site.Page("en/terms/2027-01-01/index.html").QuerySelector(".notice-upcoming"));
    }

    [Fact]
    public void A_missing_translation_shows_the_binding_text_with_a_notice_never_a_404()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2026-01-01");

        var english = site.Page("en/terms/2025-05-01/index.html");
        var french = site.Page("fr/terms/2027-01-01/index.html");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(english.QuerySelector(".notice-fallback"));
        Assert.Equal("de", english.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Contains("14 Tage", english.QuerySelector(".policy-text")!.TextContent);
        var older = french.QuerySelector(".notice-fallback a")!;
        Assert.Equal("../2025-05-01/index.html", older.GetAttribute("href"));
        Assert.Null(site.Page("fr/terms/2025-05-01/index.html").QuerySelector(".notice-fallback"));
    }

    [Fact]
    public void Every_page_links_to_the_same_page_in_the_other_languages()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding();

        var page = site.Page("fr/terms/diff/2024-01-15..2025-05-01/index.html");

        var switcher = page.QuerySelectorAll(".language-switcher a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).ToList();
        // English has no page of this pair: its readers are sent to the binding language's, which is no alternate.
        Assert.Equal([("de", "../../../../de/terms/diff/2024-01-15..2025-05-01/index.html"), ("en", "../../../../de/terms/diff/2024-01-15..2025-05-01/index.html")], switcher);
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal([
            ("de", "../../../../de/terms/diff/2024-01-15..2025-05-01/index.html"),
            ("fr", "index.html"),
            ("x-default", "../../../../de/terms/diff/2024-01-15..2025-05-01/index.html")], alternates);
        Assert.Equal("fr", page.QuerySelector(".language-switcher [aria-current=page]")!.GetAttribute("lang"));
    }

    [Fact]
    public void Every_relative_link_of_the_site_points_to_a_file_that_exists()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding();

        var broken = new List<string>();
        // 404.html is served at any depth, so its links start from the host's root instead; they are checked separately.
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).Where(f => !f.EndsWith("404.html")))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var href in page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!))
            {
                if (href.StartsWith('#') || href.Contains("://")) continue;
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, href.Split('#')[0]));
                if (!File.Exists(target)) broken.Add($"{Path.GetRelativePath(site.OutputDirectory, file)} → {href}");
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void The_diff_page_marks_exactly_the_changed_words()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding();

        var page = site.Page("de/terms/diff/2024-01-15..2025-05-01/index.html");

        static string Marked(AngleSharp.Dom.IElement e) => e.TextContent.Replace(e.QuerySelector(".visually-hidden")!.TextContent, "");
        Assert.Equal(["30"], page.QuerySelectorAll(".redline del").Select(Marked));
        Assert.Equal(["14"], page.QuerySelectorAll(".redline ins").Select(Marked));
        Assert.All(page.QuerySelectorAll(".redline del .visually-hidden"), e => Assert.False(string.IsNullOrWhiteSpace(e.TextContent)));
        Assert.Contains("1 Wort eingefügt", page.QuerySelector(".diff-counts")!.TextContent);
    }

    [Fact]
    public void The_compare_page_links_the_pairs_that_have_a_diff_page_without_JavaScript()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2026-01-01");

        var page = site.Page("en/terms/compare/index.html");

        var links = page.QuerySelectorAll(".compare-table td a").Select(a => a.GetAttribute("href")).ToList();
        // Each version against its predecessor and against the one in force; English has no text of its own, so
        // the binding language's pages. The other pair is compared in the browser.
        Assert.Equal(["../../../de/terms/diff/2024-01-15..2025-05-01/index.html", "../../../de/terms/diff/2025-05-01..2027-01-01/index.html"], links);
        Assert.Equal(3, page.QuerySelectorAll("select[name=from] option").Length);
    }

    [Fact]
    public void A_superseded_version_links_to_what_changed_since_it()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2028-01-01");

        var link = site.Page("en/terms/2024-01-15/index.html").QuerySelectorAll(".version-links a")
            .Single(a => a.TextContent == "What has changed since this version");

        // English has no text of its own: the binding language's page compares the German texts.
        Assert.Equal("../../../de/terms/diff/2024-01-15..2027-01-01/index.html", link.GetAttribute("href"));
    }

    [Fact]
    public void The_diff_page_offers_inline_and_side_by_side_views()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2028-01-01");

        var page = site.Page("de/terms/diff/2024-01-15..2027-01-01/index.html");

        // One copy of the text: the script makes the side-by-side view from the inline one, and shows the switch.
        Assert.NotNull(page.QuerySelector("fieldset.view-switch[hidden] input#view-inline[checked]"));
        Assert.NotNull(page.QuerySelector("input#view-side"));
        var side = page.QuerySelector(".view-side")!;
        Assert.Empty(side.Children);
        // Each column's caption (and, on a phone, each block's label) says which version it is, dated in the page's language.
        Assert.Contains("15. Januar 2024", side.GetAttribute("data-old-caption"));
        Assert.Contains("1. Januar 2027", side.GetAttribute("data-new-caption"));
        Assert.NotEqual(side.GetAttribute("data-old-caption")!.Replace("15. Januar 2024", ""), side.GetAttribute("data-new-caption")!.Replace("1. Januar 2027", ""));
        Assert.NotNull(page.QuerySelector("script[src='../../../../assets/redline.js']"));
        Assert.Equal(2, page.QuerySelectorAll(".view-inline .rl-hunk").Length);
    }

    [Fact]
    public void The_change_log_lists_every_version_newest_first_with_its_summary_and_changed_sections()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding("2026-01-01");

        var entries = site.Page("de/terms/changes/index.html").QuerySelectorAll(".changelog-entry").ToList();

        Assert.Equal(["v2027-01-01", "v2025-05-01", "v2024-01-15"], entries.Select(e => e.Id));
        Assert.Equal(["upcoming", "current", "superseded"], entries.Select(e => e.ClassList.First(c => c.StartsWith("status-"))[7..]));
        Assert.Contains("Laufzeit verkürzt.", entries[1].QuerySelector(".summary")!.TextContent);
        Assert.Equal(["14 statt 30 Tage"], entries[1].QuerySelectorAll(".change-bullets li").Select(li => li.TextContent));
        Assert.Equal(["Laufzeit"], entries[1].QuerySelectorAll(".changed-sections a").Select(a => a.TextContent));
        Assert.Equal("../diff/2024-01-15..2025-05-01/index.html#change-1", entries[1].QuerySelector(".changed-sections a")!.GetAttribute("href"));
    }

    [Fact]
    public void Content_values_are_escaped_in_every_page()
    {
        using var site = new TestSite()
            .Version("privacy/2023-03-01.pl.md", "title: \"<script>alert('t')</script>\"", "Tekst.\n")
            .Version("privacy/2024-03-01.pl.md", "title: Polityka\nsummary: \"<img src=x onerror=alert(1)>\"\nchanges:\n  - \"<b onmouseover=x>\"", "Tekst <i onclick=x>.\n");
        site.BuildSucceeding();

        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("<i onclick", html);
        }

        Assert.Contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;", site.Read("pl/privacy/2023-03-01/index.html"));
    }

    [Fact]
    public void A_content_error_leaves_the_previous_site_untouched()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding();
        var before = Snapshot(site.OutputDirectory);

        site.Version("terms/2025-05-01.fr.md", "titre: oops");
        var result = site.Build();

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(before, Snapshot(site.OutputDirectory));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*staging*"));
    }

    [Fact]
    public void A_template_error_is_located_and_leaves_the_previous_site_untouched()
    {
        using var site = ThreeVersionSite();
        site.BuildSucceeding();
        var before = Snapshot(site.OutputDirectory);
        site.UseCopyOfTemplates();
        File.AppendAllText(Path.Combine(site.TemplatesDirectory!, "diff.sbn"), "\n{{ diff.no_such_value.x }}\n");

        var result = site.Build();

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        var d = Assert.Single(result.Diagnostics.Where(x => x.IsError).DistinctBy(x => x.Location));
        Assert.Equal(DiagnosticCodes.Template, d.Code);
        Assert.EndsWith("diff.sbn", d.Location.File);
        Assert.True(d.Location.Line > 1);
        Assert.Equal(before, Snapshot(site.OutputDirectory));
    }

    [Fact]
    public void A_check_renders_every_page_and_writes_nothing()
    {
        using var site = ThreeVersionSite();

        var result = site.Check();

        Assert.True(result.Succeeded);
        Assert.Equal(1 + 3 + 1 + 3 * (1 + 3 + 1 + 1) + 3 + 2, result.Summary!.Pages);
        Assert.Null(result.Summary.IndexFile);
        Assert.Equal(["content"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_check_finds_a_template_error_that_shows_only_when_a_page_renders()
    {
        using var site = ThreeVersionSite();
        site.UseCopyOfTemplates();
        File.AppendAllText(Path.Combine(site.TemplatesDirectory!, "changes.sbn"), "\n{{ policy.no_such_member.x }}\n");

        var result = site.Check();

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.EndsWith("changes.sbn", d.Location.File));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void A_check_finds_the_content_errors_and_warnings_a_build_finds()
    {
        using var site = ThreeVersionSite();
        site.Version("terms/2025-05-01.fr.md", "titre: oops").Write("terms/notes.txt", "x");

        var check = site.Check();
        var build = site.Build();

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(check));
        Assert.Equal(build.Diagnostics, check.Diagnostics);
        Assert.Contains(check.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_build_reports_its_progress_policy_by_policy()
    {
        using var site = ThreeVersionSite().Version("privacy/2024-01-01.de.md", "title: Datenschutz");
        var reports = new System.Collections.Concurrent.ConcurrentQueue<BuildProgress>();

        site.BuildSucceeding(progress: new SynchronousProgress<BuildProgress>(reports.Enqueue));

        Assert.Equal(new BuildProgress(0, 2, 0), reports.First());
        Assert.Equal([0, 1, 2], reports.Select(r => r.PoliciesDone).Order());
        var sitePages = 1 + 3 + 1;
        var terms = 3 * (1 + 3 + 1 + 1) + 3 + 2;
        var privacy = 3 * (1 + 1 + 1 + 1);
        Assert.Equal(sitePages + terms + privacy, reports.Max(r => r.Pages));
    }

    [Fact]
    public void Strict_builds_fail_on_warnings()
    {
        using var site = ThreeVersionSite();
        site.Write("terms/notes.txt", "x");

        Assert.True(site.Build().Succeeded);
        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(site.Build(strict: true)));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical_whatever_the_culture()
    {
        using var site = ThreeVersionSite();
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            site.BuildSucceeding();
            var first = Snapshot(site.OutputDirectory);
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ja-JP");
            Assert.Null(site.BuildSucceeding(rebuild: true).Summary!.UnchangedSince);
            Assert.Equal(first, Snapshot(site.OutputDirectory));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    internal static string Snapshot(string directory) => string.Join("\n", Directory
        .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => Path.GetRelativePath(directory, f) + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));

}
