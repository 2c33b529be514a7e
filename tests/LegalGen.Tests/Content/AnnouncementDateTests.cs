using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Model;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

/// <summary><c>published:</c>, the day a version was announced: read from the binding text, declared once, located when wrong.</summary>
public sealed class AnnouncementDateTests : IDisposable
{
    private readonly TestSite _site = new TestSite()
        .Version("privacy/2024-01-15.pl.md", "title: Polityka")
        .Version("privacy/2024-01-15.en.md", "title: Policy");

    public void Dispose() => _site.Dispose();

    private (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Read()
    {
        var bag = new DiagnosticBag();
        var site = ContentReader.Read(_site.ContentDirectory, ContentReadOptions.ForBuild(false), bag);
        return (site, bag.ToSortedList());
    }

    [Fact]
    public void The_binding_texts_date_is_the_versions_announcement()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-01-20")
            .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: A change.");

        var (site, diagnostics) = Read();

        Assert.Empty(diagnostics);
        var versions = site!.Policies.Single().Versions;
        Assert.Null(versions[0].Published);
        Assert.Equal(new DateOnly(2025, 1, 20), versions[1].Published);
    }

    [Fact]
    public void A_translation_may_repeat_the_binding_texts_date()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-01-20")
            .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: A change.\npublished: 2025-01-20");

        var (site, diagnostics) = Read();

        Assert.Empty(diagnostics);
        Assert.Equal(new DateOnly(2025, 1, 20), site!.Policies.Single().Versions[1].Published);
    }

    [Fact]
    public void A_translation_with_another_date_is_an_error_at_its_date()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-01-20")
            .Version("privacy/2025-03-01.en.md", "title: Policy\nsummary: A change.\npublished: 2025-01-27");

        var (site, diagnostics) = Read();

        Assert.Null(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.PublishedInTranslation, DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal(new SourceLocation("privacy/2025-03-01.en.md", 4, 12), d.Location);
        Assert.Contains("2025-01-20", d.Message, StringComparison.Ordinal);
        Assert.Contains("privacy/2025-03-01.pl.md", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_declaring_a_date_the_binding_text_does_not_is_an_error()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.")
            .Version("privacy/2025-03-01.en.md", "title: Policy\npublished: 2025-01-27\nsummary: A change.");

        var d = Assert.Single(Read().Diagnostics);

        Assert.Equal(DiagnosticCodes.PublishedInTranslation, d.Code);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.en.md", 3, 12), d.Location);
        Assert.Contains("does not declare it", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_announcement_after_the_effective_date_is_kept_with_a_warning_at_the_date()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-03-04");

        var (site, diagnostics) = Read();

        Assert.NotNull(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.PublishedAfterEffect, DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal(new SourceLocation("privacy/2025-03-01.pl.md", 4, 12), d.Location);
        Assert.Equal(new DateOnly(2025, 3, 4), site.Policies.Single().Versions[1].Published);
    }

    [Fact]
    public void An_announcement_on_the_effective_date_is_no_warning()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublished: 2025-03-01");

        Assert.Empty(Read().Diagnostics);
    }

    [Theory]
    [InlineData("published: 2025-02-30", 12)]
    [InlineData("published: 20 January 2025", 12)]
    [InlineData("published: [2025-01-20]", 12)]
    public void A_date_that_is_not_one_is_located(string line, int column)
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\n" + line);

        var (site, diagnostics) = Read();

        Assert.Null(site);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.WrongType, d.Code);
        Assert.Equal(new SourceLocation("privacy/2025-03-01.pl.md", 4, column), d.Location);
        Assert.Contains("YYYY-MM-DD", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_suggests_published()
    {
        _site.Version("privacy/2025-03-01.pl.md", "title: Polityka\nsummary: Zmiana.\npublishd: 2025-01-20");

        var d = Assert.Single(Read().Diagnostics);

        Assert.Equal(DiagnosticCodes.UnknownKey, d.Code);
        Assert.Equal("did you mean 'published'?", d.Hint);
    }
}
