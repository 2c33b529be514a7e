using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// Links from one policy to another (<c>../terms/#liability</c>) and to a version file (<c>../terms/2024-01-01.pl.md</c>),
/// written as they work on GitHub, lead to the same place from every page the text appears on; each broken link is
/// reported once, where it is written.
/// </summary>
public sealed class LinksBetweenPoliciesTests : IDisposable
{
    private const string PrivacyText = """
        ## Logi {#logi}

        Zob. [warunki](../terms/#liability), [całe warunki](../terms), [wersję z 2024](../terms/2024-01-01.pl.md#liability) i [logi](#logi).

        Zmieniany akapit pierwszy.
        """;

    private readonly TestSite _site = new TestSite()
        .Version("terms/2024-01-01.pl.md", "title: Warunki", "## Odpowiedzialność {#liability}\n\nTekst.\n")
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", PrivacyText + "\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", "## Logs {#logi}\n\nSee [terms](../terms/#liability).\n\nChanged paragraph one.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", PrivacyText.Replace("pierwszy", "drugi", StringComparison.Ordinal) + "\n")
        .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Change.", "## Logs {#logi}\n\nSee [terms](../terms#liability) and [the old one](2024-01-01.en.md).\n\nChanged paragraph two.\n");

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> PagesShowingTheText => new()
    {
        "pl/privacy/index.html",
        "pl/privacy/2024-01-01/index.html",
        "pl/privacy/diff/2024-01-01..2025-01-01/index.html",
        "en/privacy/index.html",
        "en/privacy/2024-01-01/index.html",
        "en/privacy/2025-01-01/parallel/index.html",
        "en/privacy/diff/2024-01-01..2025-01-01/index.html",
    };

    [Theory]
    [MemberData(nameof(PagesShowingTheText))]
    public void A_link_to_another_policy_leads_to_its_page_from_every_page_the_text_is_on(string pagePath)
    {
        _site.BuildSucceeding();

        var links = LinksTo(pagePath, "terms/");

        Assert.NotEmpty(links);
        foreach (var href in links)
        {
            var (target, fragment) = Resolve(pagePath, href);
            Assert.True(_site.Exists(target), $"{href} on {pagePath} leads to {target}, which does not exist");
            Assert.StartsWith(pagePath[..3], target, StringComparison.Ordinal);
            if (fragment is not null) Assert.NotNull(_site.Page(target).GetElementById(fragment));
        }
    }

    [Fact]
    public void A_link_to_a_version_file_leads_to_that_versions_permalink_in_the_pages_language()
    {
        _site.BuildSucceeding();

        var href = _site.Page("pl/privacy/2025-01-01/index.html").QuerySelectorAll(".policy-text a").Single(a => a.TextContent == "wersję z 2024").GetAttribute("href");
        Assert.Equal("../../terms/2024-01-01/index.html#liability", href);
        var sameFolder = _site.Page("en/privacy/index.html").QuerySelectorAll(".policy-text a").Single(a => a.TextContent == "the old one").GetAttribute("href");
        Assert.Equal("../privacy/2024-01-01/index.html", sameFolder);
    }

    [Fact]
    public void A_link_to_a_policy_without_a_text_in_the_pages_language_leads_to_its_page_there_which_falls_back()
    {
        _site.BuildSucceeding();

        var href = _site.Page("en/privacy/index.html").QuerySelectorAll(".policy-text a").Single(a => a.TextContent == "terms").GetAttribute("href")!;
        var (target, fragment) = Resolve("en/privacy/index.html", href);

        Assert.Equal("en/terms/index.html", target);
        var page = _site.Page(target);
        Assert.NotNull(page.QuerySelector(".notice-fallback"));
        Assert.NotNull(page.GetElementById(fragment!));
    }

    [Fact]
    public void Working_links_raise_no_warning()
    {
        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("[a](#nowhere)", DiagnosticCodes.BrokenFragment)]
    [InlineData("[a](../terms/#nowhere)", DiagnosticCodes.BrokenFragment)]
    [InlineData("[a](../terms/2024-01-01.pl.md#nowhere)", DiagnosticCodes.BrokenFragment)]
    [InlineData("[a](../nope/)", DiagnosticCodes.LinkTargetMissing)]
    [InlineData("[a](../terms/2023-01-01.pl.md)", DiagnosticCodes.LinkTargetMissing)]
    [InlineData("[a](../terms/2024-01-01.en.md)", DiagnosticCodes.LinkTargetMissing)]
    [InlineData("[a](/privacy/)", DiagnosticCodes.SiteRootLink)]
    public void A_broken_link_is_a_warning_where_it_is_written_once_however_many_pages_show_it(string link, string code)
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies", $"## Cookies\n\nTekst i\n- punkt {link}.\n");

        var result = _site.Build();
        var warning = TestSite.Single(result, code);

        Assert.True(result.Succeeded);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("cookies/2024-01-01.pl.md", warning.Location.File);
        Assert.Equal((7, 9), (warning.Location.Line, warning.Location.Column));
        Assert.NotNull(warning.Hint);
        Assert.False(_site.Check(strict: true).Succeeded);
    }

    [Theory]
    [InlineData("Tekst <a href=\"#nowhere\">tu</a>.\n", 4, 7)]
    [InlineData("<table>\n<tr><td><a href='#nowhere'>tu</a></td></tr>\n</table>\n", 5, 9)]
    public void A_fragment_link_written_as_html_that_leads_nowhere_is_a_warning_where_it_is_written(string body, int line, int column)
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies", body);

        var warning = TestSite.Single(_site.Build(), DiagnosticCodes.BrokenFragment);

        Assert.Equal(("cookies/2024-01-01.pl.md", line, column), (warning.Location.File, warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_fragment_link_written_as_html_to_an_html_anchor_is_no_warning()
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies", "<table>\n<tr><td><a id=\"tu\"></a>Tu</td></tr>\n</table>\n\nZob. <a href=\"#tu\">tabelę</a>.\n");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment);
    }

    [Fact]
    public void A_fragment_leads_to_any_id_the_page_ends_up_with_not_only_headings()
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies",
            "## Ciasteczka i zgoda\n\n{#akapit}\nAkapit z id.\n\nZob. [nagłówek](#ciasteczka-i-zgoda), [akapit](#akapit) i [warunki](../terms/#liability).\n");

        var result = _site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.BrokenFragment or DiagnosticCodes.LinkTargetMissing);
        Assert.NotNull(_site.Page("pl/cookies/index.html").GetElementById("akapit"));
    }

    [Fact]
    public void A_misspelt_policy_is_named_as_it_is_probably_meant()
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies", "Zob. [warunki](../term/).\n");

        var warning = TestSite.Single(_site.Build(), DiagnosticCodes.LinkTargetMissing);

        Assert.Equal(("cookies/2024-01-01.pl.md", 4, 6), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("'../terms/'", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_of_a_linked_policy_is_checked_in_the_text_of_the_links_language_else_the_binding_one()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms", "## Liability\n\nText.\n");

        var result = _site.Build();

        // The English terms' heading has the id 'liability' from its text; an English link to '#liability' holds.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment);
        _site.Version("terms/2024-01-01.en.md", "title: Terms", "## Responsibility\n\nText.\n");
        var broken = _site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenFragment).Select(d => d.Location.File).ToList();
        Assert.Equal(["privacy/2024-01-01.en.md", "privacy/2025-01-01.en.md"], broken);
    }

    [Theory]
    [InlineData("[x](&#xFDD0;evil/)")]
    [InlineData("[x](&#xFDD0;javascript:alert(1))")]
    [InlineData("[x](%EF%B7%90javascript:alert(1))")]
    [InlineData("[x](other \"&#xFDD0;\")")]
    [InlineData("&#xFDD0;javascript:alert(1) &#64976;")]
    public void Content_that_writes_the_link_marker_gets_nothing_from_it(string markdown)
    {
        _site.Version("cookies/2024-01-01.pl.md", "title: Cookies", $"## Cookies\n\n{markdown}\n");

        _site.Build();

        foreach (var path in new[] { "pl/cookies/index.html", "en/cookies/2024-01-01/index.html" })
        {
            var page = _site.Page(path);
            Assert.Empty(PageSafety.Problems(page));
            Assert.DoesNotContain(PageLinks.Marker, _site.Read(path));
            // The marker would have become a way up ("../"); written by content, it becomes nothing.
            Assert.All(page.QuerySelectorAll(".policy-text a"), a => Assert.False(a.GetAttribute("href")!.StartsWith("../", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("\uFDD0javascript:alert(1)")]
    [InlineData("\uFDD0//evil.example/")]
    [InlineData("\uFDD0\uFDD0/\\evil.example")]
    public void A_marker_that_reaches_a_page_all_the_same_becomes_a_path_on_the_site(string href)
    {
        var html = PageLinks.Resolve($"<a href=\"{href}\">x</a>", PageLinks.LanguageRoot("en/terms/2024-01-01/index.html", "en"));
        var resolved = new Uri(new Uri("https://legal.example.com/docs/en/terms/2024-01-01/index.html"), new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("a")!.GetAttribute("href"));

        Assert.Equal("legal.example.com", resolved.Host);
        Assert.Equal("https", resolved.Scheme);
    }

    [Theory]
    [InlineData("en/terms/index.html", "en", "../")]
    [InlineData("en/terms/2024-01-01/index.html", "en", "../../")]
    [InlineData("en/terms/diff/2024-01-01..2025-01-01/index.html", "en", "../../../")]
    [InlineData("en/index.html", "en", "./")]
    [InlineData("index.html", "en", "en/")]
    public void Each_page_knows_its_way_up_to_its_languages_folder(string path, string language, string root) =>
        Assert.Equal(root, PageLinks.LanguageRoot(path, language));

    private List<string> LinksTo(string pagePath, string folder) => _site.Page(pagePath)
        .QuerySelectorAll("main a[href]")
        .Select(a => a.GetAttribute("href")!)
        .Where(h => Resolve(pagePath, h).Target.Contains("/" + folder, StringComparison.Ordinal))
        .ToList();

    /// <summary>Where a link on the page at <paramref name="pagePath"/> leads: a site path and its fragment.</summary>
    private static (string Target, string? Fragment) Resolve(string pagePath, string href)
    {
        var uri = new Uri(new Uri("https://site.example/" + pagePath), href);
        var fragment = uri.Fragment.Length > 1 ? Uri.UnescapeDataString(uri.Fragment[1..]) : null;
        return (uri.AbsolutePath.TrimStart('/'), fragment);
    }
}
