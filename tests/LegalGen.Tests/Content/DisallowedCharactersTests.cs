using System.Xml;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Content;

/// <summary>
/// Control characters and non-characters — in a title, a summary, site.yml, a YAML escape, an HTML entity or
/// the text — are removed with a located warning, never crash the build and never reach a feed.
/// </summary>
public class DisallowedCharactersTests
{
    public static TheoryData<string, string, string, int, int> Cases => new()
    {
        // what, where it goes, how it is written, expected line and column of the warning
        { "vertical tab in a title", "title", "Pri\vvacy", 2, 11 },
        { "escape in a title", "title", "Privacy\u001B[31m", 2, 15 },
        { "form feed in a title", "title", "\fPrivacy", 2, 8 },
        { "U+FFFF in a title", "title", "Priv\uFFFFacy", 2, 12 },
        { "U+FDD0 in a title", "title", "Priv\uFDD0acy", 2, 12 },
        { "C1 control in a title", "title", "Priv\u0085acy", 2, 12 },
        { "DEL in a title", "title", "Priv\u007Facy", 2, 12 },
        { "plane-end non-character in a title", "title", "Priv\U0001FFFEacy", 2, 12 },
        { "escape written as a YAML escape", "title", "\"Priv\\eacy\"", 2, 8 },
        { "NUL written as a YAML escape", "title", "\"Priv\\0acy\"", 2, 8 },
        { "U+FFFF written as a YAML escape", "title", "\"Priv\\uFFFFacy\"", 2, 8 },
        { "vertical tab in the summary", "summary", "New\vtext", 3, 13 },
        { "escape in a change bullet", "changes", "\n  - New\u001B[2Ktext", 5, 8 },
        { "escape in the text", "body", "Text with an \u001B[31mescape.", 5, 14 },
        { "an escape as an HTML entity in the text", "body", "Text with an &#27;escape.", 5, 14 },
        { "U+FFFF as an HTML entity in the text", "body", "Text &#xFFFF;here.", 5, 6 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_character_is_removed_with_a_warning_at_its_place_and_the_site_builds(string what, string where, string written, int line, int column)
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n");
        var title = where == "title" ? written : "Policy";
        var summary = where == "summary" ? written : "Changed.";
        var changes = where == "changes" ? $"\nchanges:{written}" : "";
        var body = where == "body" ? written + "\n" : "Text.\n";
        site.Write("p/2025-01-01.pl.md", $"---\ntitle: {title}\nsummary: {summary}{changes}\n---\n{body}");

        var result = site.Build();

        Assert.True(result.Succeeded, what + ": " + string.Join("\n", result.Diagnostics));
        var warning = TestSite.Single(result, DiagnosticCodes.DisallowedCharacter);
        Assert.Equal(("p/2025-01-01.pl.md", line, column), (warning.Location.File, warning.Location.Line, warning.Location.Column));
        Assert.False(warning.IsError);
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.True(DisallowedCharacters.IsClean(text), $"{what}: {Path.GetRelativePath(site.OutputDirectory, file)} still has it");
            if (file.EndsWith(".xml", StringComparison.Ordinal)) new XmlDocument().LoadXml(text);
        }
    }

    [Fact]
    public void A_control_character_in_site_yml_is_removed_with_a_warning()
    {
        using var site = new TestSite("title: \"Do\\x0Bkumenty\"\nbase_url: https://legal.example.com/\ndefault_language: pl\nlanguages: [pl]\n");
        site.Version("p/2024-01-01.pl.md", "title: Polityka");

        var result = site.Build();

        Assert.True(result.Succeeded);
        Assert.Equal("site.yml", TestSite.Single(result, DiagnosticCodes.DisallowedCharacter).Location.File);
        Assert.Contains("Do kumenty", site.Read("pl/p/feed.xml"));
    }

    [Fact]
    public void Line_breaks_among_them_become_a_space_and_the_rest_vanish()
    {
        Assert.Equal("a b", DisallowedCharacters.Remove("a\vb"));
        Assert.Equal("a b", DisallowedCharacters.Remove("a\fb"));
        Assert.Equal("ab", DisallowedCharacters.Remove("a\u001Bb"));
        Assert.Equal("a\tb\nc", DisallowedCharacters.Remove("a\tb\nc"));
        Assert.Equal("Zażółć 日本 😀", DisallowedCharacters.Remove("Zażółć 日本 😀"));
    }

    [Fact]
    public void Strict_builds_fail_on_them()
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", "title: Pol\vityka");

        Assert.False(site.Build(strict: true).Succeeded);
    }

    [Fact]
    public void At_most_ten_are_reported_per_text()
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", "title: Polityka", string.Concat(Enumerable.Repeat("a\u001B", 50)) + "\n");

        var result = site.Build();

        Assert.Equal(10, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.DisallowedCharacter));
    }
}
