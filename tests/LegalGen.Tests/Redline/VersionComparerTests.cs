using LegalGen.Diagnostics;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class VersionComparerTests
{
    private static TestSite Privacy() => new TestSite()
        .Version("privacy/2024-01-01.pl.md", "title: Polityka", "Logi przez 12 miesięcy.\n")
        .Version("privacy/2024-01-01.en.md", "title: Policy", "Logs for 12 months.\n")
        .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Krócej.", "Logi przez 6 miesięcy.\n")
        .Version("privacy/2025-01-01.en.md", "title: Policy\nsummary: Shorter.", "Logs for 6 months.\n")
        .Version("privacy/2026-01-01.pl.md", "title: Polityka\nsummary: Jeszcze krócej.", "Logi przez 3 miesiące.\n");

    [Fact]
    public void Two_versions_are_compared_in_the_binding_language_by_default()
    {
        using var site = Privacy();

        var result = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2024-01-01", "2025-01-01", null);

        var comparison = result.Comparison!;
        Assert.Equal("pl", comparison.TextLanguage);
        Assert.Equal("Logi przez [-12-]{+6+} miesięcy.\n", RedlineTextWriter.Write(comparison.Diff));
    }

    [Fact]
    public void A_translation_is_compared_when_both_versions_have_it_and_the_binding_text_otherwise()
    {
        using var site = Privacy();

        var translated = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2024-01-01", "2025-01-01", "en").Comparison!;
        var fallback = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2025-01-01", "2026-01-01", "en").Comparison!;

        Assert.Equal("Logs for [-12-]{+6+} months.\n", RedlineTextWriter.Write(translated.Diff));
        Assert.False(translated.IsFallback);
        Assert.True(fallback.IsFallback);
        Assert.Equal("pl", fallback.TextLanguage);
    }

    [Fact]
    public void Versions_need_not_be_neighbours()
    {
        using var site = Privacy();

        var result = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2024-01-01", "2026-01-01", null);

        Assert.Equal("Logi przez [-12 miesięcy-]{+3 miesiące+}.\n", RedlineTextWriter.Write(result.Comparison!.Diff));
    }

    [Fact]
    public void A_new_version_whose_summary_is_still_empty_can_be_compared()
    {
        using var site = Privacy().Version("privacy/2027-01-01.pl.md", "title: Polityka\nsummary:   # to write", "Logi przez 1 miesiąc.\n");

        var result = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2026-01-01", "2027-01-01", null);

        Assert.Equal(Outcome.Succeeded, OutcomeOf.Of(result));
    }

    [Fact]
    public void A_text_that_cannot_be_read_is_a_located_content_error()
    {
        using var site = Privacy().Write("privacy/2027-01-01.pl.md", "no front matter\n");

        var result = VersionRedlines.Compare(site.ContentDirectory, "privacy", "2026-01-01", "2027-01-01", null);

        Assert.Equal(Outcome.ContentErrors, OutcomeOf.Of(result));
        Assert.Equal(SourceLocation.StartOf("privacy/2027-01-01.pl.md"), Assert.Single(result.Diagnostics).Location);
    }

    [Theory]
    [InlineData("privasy", "2024-01-01", "2025-01-01", null, "there is no policy 'privasy'; did you mean 'privacy'? the policies are: privacy")]
    [InlineData("../privacy", "2024-01-01", "2025-01-01", null, "there is no policy '../privacy'")]
    [InlineData("privacy", "2024-01-02", "2025-01-01", null, "there is no version 2024-01-02; the versions of 'privacy' are: 2024-01-01, 2025-01-01, 2026-01-01")]
    [InlineData("privacy", "2024-01-01", "next", null, "'next' is not a date")]
    [InlineData("privacy", "2025-01-01", "2024-01-01", null, "give the older version first: 2024-01-01, then 2025-01-01")]
    [InlineData("privacy", "2024-01-01", "2025-01-01", "de", "'de' is not one of the site's languages: pl, en")]
    public void Unknown_policies_versions_and_languages_are_usage_errors_that_list_what_exists(string policy, string from, string to, string? language, string message)
    {
        using var site = Privacy();

        var result = VersionRedlines.Compare(site.ContentDirectory, policy, from, to, language);

        Assert.Equal(Outcome.UsageError, OutcomeOf.Of(result));
        Assert.StartsWith(message, result.UsageError!.Message);
    }
}
