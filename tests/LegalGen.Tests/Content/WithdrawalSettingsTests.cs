using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Model;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

/// <summary>site.yml's <c>withdrawn:</c> and <c>notice_period_days:</c>, as read and checked against the policies.</summary>
public class WithdrawalSettingsTests
{
    private const string Site = "title: T\ndefault_language: pl\nlanguages: [pl]\n";

    private static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Read(string extraSiteYml, ContentReadOptions? options = null)
    {
        using var site = new TestSite(Site + extraSiteYml)
            .Version("privacy/2023-03-01.pl.md", "title: P")
            .Version("privacy/2025-02-01.pl.md", "title: P\nsummary: S.")
            .Version("terms/2024-01-15.pl.md", "title: R");
        var bag = new DiagnosticBag();
        var read = ContentReader.Read(site.ContentDirectory, options ?? ContentReadOptions.ForBuild(false), bag);
        return (read, bag.ToSortedList());
    }

    [Fact]
    public void A_withdrawn_policy_carries_its_date_and_the_others_none()
    {
        var (site, diagnostics) = Read("withdrawn:\n  terms: 2025-06-30\nnotice_period_days: 30\n");

        Assert.Empty(diagnostics);
        Assert.Equal(30, site!.Settings.NoticePeriodDays);
        Assert.Equal(new DateOnly(2025, 6, 30), site.Policies.Single(p => p.Slug == "terms").WithdrawnOn);
        Assert.Null(site.Policies.Single(p => p.Slug == "privacy").WithdrawnOn);
    }

    [Fact]
    public void Without_the_keys_there_is_no_notice_period_and_nothing_is_withdrawn()
    {
        var (site, _) = Read("");

        Assert.Null(site!.Settings.NoticePeriodDays);
        Assert.All(site.Policies, p => Assert.Null(p.WithdrawnOn));
    }

    [Fact]
    public void An_unknown_policy_is_an_error_at_its_name_with_a_suggestion()
    {
        var (site, diagnostics) = Read("withdrawn:\n  term: 2025-06-30\n");

        Assert.Null(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.WithdrawalInvalid, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal(new SourceLocation("site.yml", 5, 3), d.Location);
        Assert.Equal("did you mean 'terms'?", d.Hint);
    }

    [Fact]
    public void An_unknown_policy_is_an_error_also_for_a_command_on_another_policy()
    {
        var (_, diagnostics) = Read("withdrawn: { cookies: 2025-06-30 }\n", ContentReadOptions.ForEditing("privacy"));

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WithdrawalInvalid, d.Code);
        Assert.Equal(new SourceLocation("site.yml", 4, 14), d.Location);
        Assert.Equal("name a policy by its folder: privacy, terms", d.Hint);
    }

    [Fact]
    public void A_version_taking_effect_on_or_after_the_withdrawal_is_an_error_at_the_date()
    {
        var (site, diagnostics) = Read("withdrawn:\n  privacy: 2025-02-01\n");

        Assert.Null(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WithdrawalInvalid, d.Code);
        Assert.Equal(new SourceLocation("site.yml", 5, 12), d.Location);
        Assert.Contains("privacy/2025-02-01.pl.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawal_the_day_after_the_last_version_is_accepted()
    {
        var (site, diagnostics) = Read("withdrawn:\n  privacy: 2025-02-02\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2025, 2, 2), site!.Policies.Single(p => p.Slug == "privacy").WithdrawnOn);
    }

    [Theory]
    [InlineData("withdrawn:\n  terms: soon\n", 5, 10)]
    [InlineData("withdrawn:\n  terms:\n", 5, 9)]
    [InlineData("withdrawn: [terms]\n", 4, 12)]
    [InlineData("notice_period_days: thirty\n", 4, 21)]
    [InlineData("notice_period_days: -5\n", 4, 21)]
    [InlineData("notice_period_days: 1.5\n", 4, 21)]
    public void A_value_of_the_wrong_kind_is_located(string extraSiteYml, int line, int column)
    {
        var (site, diagnostics) = Read(extraSiteYml);

        Assert.Null(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal(new SourceLocation("site.yml", line, column), d.Location);
    }

    [Fact]
    public void A_policy_withdrawn_twice_is_an_error()
    {
        var (_, diagnostics) = Read("withdrawn:\n  terms: 2025-06-30\n  terms: 2025-07-30\n");

        Assert.Equal(DiagnosticCodes.DuplicateKey, Assert.Single(diagnostics).Code);
    }
}
