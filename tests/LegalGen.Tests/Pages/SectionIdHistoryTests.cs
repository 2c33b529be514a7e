using System.Globalization;
using AngleSharp.Dom;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Pages;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// A citation of a section survives its renumbering and retitling: each version's heading answers to the ids its
/// section had in the earlier versions, as the redline of consecutive versions pairs the headings, on the version's
/// permanent page and on the policy's page; an id another element now has stays that element's, with a warning.
/// </summary>
public sealed class SectionIdHistoryTests : IDisposable
{
    private const string SiteYml = """
        title: Terms
        base_url: https://legal.example.com/
        default_language: en
        languages: [en, de]
        """;

    private const string Services = "You may send up to 100 requests a minute to the service.\n\n";

    private readonly TestSite _site = new(SiteYml);

    public void Dispose() => _site.Dispose();

    /// <summary>Version 1; version 2 inserts a section before it, renumbering it; version 3 retitles it.</summary>
    private TestSite Renumbered()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms",
            "## 1. Scope\n\nThese terms cover the service.\n\n## 2. Payment\n\nYou pay monthly.\n\n"
            + "## 3. Services Usage Limits\n\n" + Services + "## 4. Termination\n\nEither of us may end this agreement.\n");
        _site.Version("terms/2025-01-01.en.md", "title: Terms\nsummary: Refunds.",
            "## 1. Scope\n\nThese terms cover the service.\n\n## 2. Payment\n\nYou pay monthly.\n\n## 3. Refunds\n\nWe refund within 14 days.\n\n"
            + "## 4. Services Usage Limits\n\n" + Services + "## 5. Termination\n\nEither of us may end this agreement.\n");
        _site.Version("terms/2026-01-01.en.md", "title: Terms\nsummary: Clearer limits.",
            "## 1. Scope\n\nThese terms cover the service.\n\n## 2. Payment\n\nYou pay monthly.\n\n## 3. Refunds\n\nWe refund within 14 days.\n\n"
            + "## 4. What you may not do with the service\n\n" + Services + "## 5. Termination\n\nEither of us may end this agreement.\n");
        return _site;
    }

    /// <summary>The heading the element with <paramref name="id"/> belongs to (the element itself or the heading around it).</summary>
    private static string HeadingOf(IDocument page, string id)
    {
        var target = page.GetElementById(id);
        Assert.True(target is not null, $"no element has the id '{id}'");
        var heading = target.Closest("h2") ?? throw new Xunit.Sdk.XunitException($"'#{id}' is not on a heading");
        return heading.TextContent.Trim();
    }

    [Fact]
    public void A_text_linking_to_an_id_its_section_had_before_is_not_told_the_link_leads_nowhere()
    {
        Renumbered().Version("terms/2026-01-01.en.md", "title: Terms\nsummary: Clearer limits.",
            "## 1. Scope\n\nThese terms cover the service; see [the limits](#3-services-usage-limits) and [fees](#fees).\n\n"
            + "## 2. Payment\n\nYou pay monthly.\n\n## 3. Refunds\n\nWe refund within 14 days.\n\n"
            + "## 4. What you may not do with the service\n\n" + Services + "## 5. Termination\n\nEither of us may end this agreement.\n");

        var result = _site.BuildSucceeding(asOf: "2026-06-01");

        var broken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment);
        Assert.Contains("'#fees'", broken.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("terms/2026-01-01.en.md", 7, 79), broken.Location);
        Assert.Equal("4. What you may not do with the service", HeadingOf(_site.Page("en/terms/2026-01-01/index.html"), "3-services-usage-limits"));
    }

    [Fact]
    public void A_link_to_a_section_written_against_the_first_version_lands_on_it_after_renumbering_and_retitling()
    {
        Renumbered().BuildSucceeding(asOf: "2026-06-01");

        var second = _site.Page("en/terms/2025-01-01/index.html");
        Assert.Equal("4. Services Usage Limits", HeadingOf(second, "3-services-usage-limits"));
        Assert.Equal("4. Services Usage Limits", HeadingOf(second, "4-services-usage-limits"));
        Assert.Equal("5. Termination", HeadingOf(second, "4-termination"));
        foreach (var page in new[] { _site.Page("en/terms/2026-01-01/index.html"), _site.Page("en/terms/index.html") })
        {
            Assert.Equal("4. What you may not do with the service", HeadingOf(page, "3-services-usage-limits"));
            Assert.Equal("4. What you may not do with the service", HeadingOf(page, "4-services-usage-limits"));
            Assert.Equal("4. What you may not do with the service", HeadingOf(page, "4-what-you-may-not-do-with-the-service"));
            Assert.Equal("5. Termination", HeadingOf(page, "4-termination"));
        }
    }

    [Fact]
    public void The_earliest_version_keeps_only_its_own_ids_and_later_headings_keep_their_own_as_their_id()
    {
        Renumbered().BuildSucceeding(asOf: "2026-06-01");

        var first = _site.Page("en/terms/2024-01-01/index.html");
        Assert.Empty(first.QuerySelectorAll(".policy-text h2 span[id]"));
        var third = _site.Page("en/terms/2026-01-01/index.html");
        Assert.Equal(["1-scope", "2-payment", "3-refunds", "4-what-you-may-not-do-with-the-service", "5-termination"],
            third.QuerySelectorAll(".policy-text h2").Select(h => h.Id));
        Assert.Equal(["4-what-you-may-not-do-with-the-service", "5-termination"],
            third.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")![1..]).Where(h => h.StartsWith('4') || h.StartsWith('5')));
    }

    [Fact]
    public void A_version_that_changes_no_heading_keeps_the_same_ids_and_adds_none()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms", "## Scope\n\nThese terms cover the service.\n\n## Payment\n\nYou pay monthly.\n");
        _site.Version("terms/2025-01-01.en.md", "title: Terms\nsummary: Yearly.", "## Scope\n\nThese terms cover the service.\n\n## Payment\n\nYou pay yearly.\n");
        _site.BuildSucceeding(asOf: "2025-06-01");

        string[] Ids(string date) => [.. _site.Page($"en/terms/{date}/index.html").QuerySelectorAll(".policy-text h2[id]").Select(e => e.Id!)];
        Assert.Equal(["scope", "payment"], Ids("2024-01-01"));
        Assert.Equal(Ids("2024-01-01"), Ids("2025-01-01"));
    }

    [Fact]
    public void Each_language_keeps_the_ids_of_its_own_earlier_texts()
    {
        Renumbered();
        _site.Version("terms/2024-01-01.de.md", "title: Bedingungen", "## 3. Nutzungsgrenzen\n\n" + Services);
        _site.Version("terms/2026-01-01.de.md", "title: Bedingungen\nsummary: Klarere Grenzen.", "## 4. Was Sie mit dem Dienst nicht tun dürfen\n\n" + Services);
        _site.BuildSucceeding(asOf: "2026-06-01");

        var german = _site.Page("de/terms/2026-01-01/index.html");
        Assert.Equal("4. Was Sie mit dem Dienst nicht tun dürfen", HeadingOf(german, "3-nutzungsgrenzen"));
        Assert.Null(german.GetElementById("3-services-usage-limits"));
    }

    [Fact]
    public void An_id_a_heading_of_the_newer_version_has_itself_stays_that_headings_and_is_a_located_warning()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms",
            "## Payment\n\nYou pay monthly.\n\n## Refunds\n\nWe refund within 14 days.\n");
        _site.Version("terms/2025-01-01.en.md", "title: Terms\nsummary: Clearer titles.",
            "## Paying for the service\n\nYou pay monthly.\n\n## Refunds {#payment}\n\nWe refund within 14 days.\n");

        var result = _site.BuildSucceeding(asOf: "2025-06-01");

        var page = _site.Page("en/terms/2025-01-01/index.html");
        Assert.Equal("Refunds", HeadingOf(page, "payment"));
        Assert.Equal("Refunds", HeadingOf(page, "refunds"));
        Assert.Single(page.QuerySelectorAll("[id='payment']"));
        var warning = TestSite.Single(result, DiagnosticCodes.FormerHeadingIdTaken);
        Assert.Equal(("terms/2025-01-01.en.md", 5, 1), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.Contains("was '#payment' in the version of 2024-01-01 (terms/2024-01-01.en.md)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'Refunds' (line 9)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_replaced_by_another_passes_its_id_on_to_nothing()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms", "## Scope\n\nThese terms cover the service.\n\n## Cookies\n\nWe use cookies to keep you signed in.\n");
        _site.Version("terms/2025-01-01.en.md", "title: Terms\nsummary: Children.", "## Scope\n\nThese terms cover the service.\n\n## Children\n\nThe service is not meant for children under 16.\n");
        _site.BuildSucceeding(asOf: "2025-06-01");

        Assert.Null(_site.Page("en/terms/2025-01-01/index.html").GetElementById("cookies"));
    }

    [Fact]
    public void A_section_rewritten_under_a_new_title_is_another_section()
    {
        _site.Version("terms/2024-01-01.en.md", "title: Terms", "## Scope\n\nThese terms cover the service.\n\n## Things to know\n\nWe keep your e-mail address and a hash of your password.\n");
        _site.Version("terms/2025-01-01.en.md", "title: Terms\nsummary: Rewritten.", "## Scope\n\nThese terms cover the service.\n\n## How we contact you\n\nWe use your e-mail address to warn you of sign-ins.\n");
        _site.BuildSucceeding(asOf: "2025-06-01");

        Assert.Null(_site.Page("en/terms/2025-01-01/index.html").GetElementById("things-to-know"));
    }

    [Fact]
    public void Ids_pass_on_through_a_long_history_with_one_redline_per_pair_of_neighbours_not_per_pair_of_versions()
    {
        const int versions = 40;
        for (var v = 0; v < versions; v++)
        {
            // Each version inserts one more section before the limits, renumbering them.
            var inserted = string.Concat(Enumerable.Range(1, v).Select(n => $"## {n}. Added clause {n}\n\nClause number {n} of the terms.\n\n"));
            _site.Version($"terms/{new DateOnly(2000, 1, 1).AddMonths(v).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.en.md",
                v == 0 ? "title: Terms" : $"title: Terms\nsummary: Clause {v}.", inserted + $"## {v + 1}. Services Usage Limits\n\n" + Services);
        }

        var diagnostics = new DiagnosticBag();
        var policy = Assert.Single(ContentReader.Read(_site.ContentDirectory, ContentReadOptions.ForBuild(includeDrafts: false), diagnostics)!.Policies);
        using var renderer = new MarkdownRenderer();
        var texts = PolicyTexts.Render(policy, renderer, diagnostics);

        Assert.Equal(versions - 1, texts.ComputedRedlines);
        var last = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(texts.Document(policy.Versions[^1].Source).Html);
        Assert.Equal($"{versions}. Services Usage Limits", HeadingOf(last, "1-services-usage-limits"));
        Assert.Equal($"{versions}. Services Usage Limits", HeadingOf(last, "20-services-usage-limits"));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_link_from_another_policy_to_a_former_id_of_its_current_version_is_not_broken()
    {
        Renumbered();
        _site.Version("privacy/2024-01-01.en.md", "title: Privacy", "See the [limits](../terms/#3-services-usage-limits).\n");

        var result = _site.BuildSucceeding(asOf: "2026-06-01");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenFragment);
    }
}
