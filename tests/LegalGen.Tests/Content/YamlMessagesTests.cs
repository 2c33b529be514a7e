using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

/// <summary>The YAML mistakes editors make are explained in their words, at the line of the mistake, with what to do.</summary>
public class YamlMessagesTests
{
    public static TheoryData<string, string, int> Mistakes => new()
    {
        { "title: \"Privacy Policy\nsummary: x", "a value in double quotes is not closed on its line", 2 },
        { "title: \"Privacy Policy", "a value in quotes is never closed", 2 },
        { "title: Terms: the short version", "a value contains ': ', which YAML reads as a second key", 2 },
        { "title: @company privacy", "a value starts with a character YAML reserves (@, `, %, | or >)", 2 },
        { "title: Privacy\nchanges:\n  - one\n - two", "this line is not a 'key: value' line where one is expected", 5 },
        { "title: Privacy\n\tsummary: x", "a tab is used for indentation, which YAML does not allow", 2 },
        { "title: [Privacy", "a list written in [ ] is not closed, or its items are not separated by commas", 3 },
        { "title: \"Priv\\qacy\"", "a backslash in a value in double quotes starts an escape YAML does not know", 2 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_YAML_mistake_is_explained_in_an_editors_words(string frontMatter, string problem, int line)
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", frontMatter);

        var error = TestSite.Single(site.Build(), DiagnosticCodes.YamlSyntax);

        Assert.Equal($"in the front matter, {problem}", error.Message);
        Assert.Equal(line, error.Location.Line);
        Assert.False(string.IsNullOrWhiteSpace(error.Hint));
        foreach (var jargon in new[] { "scalar", "stream", "token", "block mapping", "node" })
            Assert.DoesNotContain(jargon, error.Message + error.Hint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_anchor_that_would_silently_drop_words_from_a_value_is_refused()
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", "title: &Co privacy");

        var error = TestSite.Single(site.Build(), DiagnosticCodes.YamlAlias);

        Assert.Equal((2, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains("&Co", error.Message);
    }

    [Fact]
    public void The_same_words_are_used_for_site_yml()
    {
        using var site = new TestSite("title: \"Documents\ndefault_language: pl\nlanguages: [pl]\n");

        var error = TestSite.Single(site.Build(), DiagnosticCodes.YamlSyntax);

        Assert.StartsWith("in the site settings, a value in double quotes is not closed", error.Message);
        Assert.Equal("site.yml", error.Location.File);
    }
}
