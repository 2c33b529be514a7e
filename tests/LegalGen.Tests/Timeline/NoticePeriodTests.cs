using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Timeline;

/// <summary>site.yml's <c>notice_period_days</c>: a change announced too late, or not saying when, is a located warning.</summary>
public sealed class NoticePeriodTests : IDisposable
{
    private const string SiteWithNotice = "title: T\nbase_url: https://legal.example.com/\ndefault_language: pl\nlanguages: [pl]\nnotice_period_days: 30\n";

    private readonly TestSite _site = new TestSite(SiteWithNotice)
        .Version("privacy/2024-01-15.pl.md", "title: Polityka\npublished: 2024-01-14");

    public void Dispose() => _site.Dispose();

    private List<Diagnostic> Warnings(string asOf = "2025-01-01") =>
        _site.Build(asOf).Diagnostics.Where(d => d.Code is DiagnosticCodes.NoticeTooShort or DiagnosticCodes.NoticeUndated).ToList();

    [Fact]
    public void A_change_announced_fewer_days_ahead_is_a_warning_at_its_date()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-02-10");

        var result = _site.Build("2025-01-01");

        Assert.True(result.Succeeded);
        var d = TestSite.Single(result, DiagnosticCodes.NoticeTooShort);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.pl.md", 4, 12), d.Location);
        Assert.Contains("19 days before", d.Message, StringComparison.Ordinal);
        Assert.Contains("2025-03-12", d.Hint, StringComparison.Ordinal);
        Assert.False(_site.Build("2025-01-01", strict: true).Succeeded);
    }

    [Fact]
    public void The_warning_stays_once_the_change_is_in_force_the_record_does_not_change()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-02-10");

        Assert.Equal(DiagnosticCodes.NoticeTooShort, Assert.Single(Warnings("2026-01-01")).Code);
    }

    [Fact]
    public void A_change_announced_exactly_the_period_ahead_is_fine()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-01-30");

        Assert.Empty(Warnings());
    }

    [Fact]
    public void An_upcoming_change_that_does_not_say_when_it_was_announced_is_a_warning_at_its_file()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.");

        var d = Assert.Single(Warnings("2025-01-01"));

        Assert.Equal(DiagnosticCodes.NoticeUndated, d.Code);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.pl.md", 1, 1), d.Location);
        Assert.Contains("published:", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_already_in_force_without_a_date_is_history_and_no_warning()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.");

        Assert.Empty(Warnings("2025-03-01"));
    }

    [Fact]
    public void Editorial_corrections_and_a_policys_first_version_need_no_notice()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Literówka.\neditorial: true\npublished: 2025-03-01")
            .Version("privacy/2025-04-01.pl.md", "title: Polityka\nsummary: Literówka.\neditorial: true")
            .Version("terms/2025-03-01.pl.md", "title: Regulamin");

        Assert.Empty(Warnings("2025-01-01"));
    }

    [Fact]
    public void Without_a_notice_period_nothing_is_checked()
    {
        using var site = new TestSite("title: T\nbase_url: https://legal.example.com/\ndefault_language: pl\nlanguages: [pl]\n")
            .Version("privacy/2024-01-15.pl.md", "title: Polityka")
            .Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-02-28", "Text, changed.\n")
            .Version("privacy/2025-04-01.pl.md", "title: Polityka\nsummary: Zmiana.", "Text, changed again.\n");

        Assert.Empty(site.BuildSucceeding("2025-01-01").Diagnostics);
    }

    [Fact]
    public void A_change_announced_after_it_took_effect_says_so()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-03-03");

        var result = _site.Build("2025-06-01");

        Assert.Contains("2 days after it took effect", TestSite.Single(result, DiagnosticCodes.NoticeTooShort).Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.pl.md", 4, 12), TestSite.Single(result, DiagnosticCodes.PublishedAfterEffect).Location);
    }
}
