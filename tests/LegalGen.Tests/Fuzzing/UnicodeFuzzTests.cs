using System.Xml;
using CsCheck;
using LegalGen.Content;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// Titles, summaries, change bullets, site.yml values and texts drawn from the whole Unicode range —
/// control characters, non-characters, unpaired surrogates, YAML escapes and HTML entities among them —
/// build, or fail with located errors; no output file carries a disallowed character and every feed parses.
/// </summary>
public class UnicodeFuzzTests(ITestOutputHelper output)
{
    private static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static Gen<(string Title, string Summary, string Change, string SiteTitle, string Body, bool Quote)> Inputs { get; } =
        Gen.Select(FuzzInputs.AnyUnicodeLine, FuzzInputs.AnyUnicodeLine, FuzzInputs.AnyUnicodeLine, FuzzInputs.AnyUnicodeLine,
            FuzzInputs.AnyUnicodeLine.Array[0, 8].Select(lines => string.Join("\n\n", lines)), Gen.Bool);

    [Fact]
    public void Any_characters_in_any_field_build_or_fail_with_located_errors_and_never_reach_a_feed() =>
        Fuzz.Run(Inputs, input =>
        {
            string Value(string v) => input.Quote ? Quoted(v) : v;
            using var site = new TestSite($"title: {Value(input.SiteTitle)}\nbase_url: https://legal.example.com/\ndefault_language: pl\nlanguages: [pl, en]\n");
            site.Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n");
            site.Write("p/2025-01-01.pl.md", $"---\ntitle: {Value(input.Title)}\nsummary: {Value(input.Summary)}\nchanges:\n  - {Value(input.Change)}\n---\n{input.Body}\n");
            site.Write("p/2025-01-01.en.md", $"---\ntitle: {Value(input.Title)}\nsummary: {Value(input.Summary)}\n---\n{input.Body}\n");

            var result = site.Build();

            Assert.Null(result.UsageError);
            Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1 && d.Hint is { Length: > 0 }, d.ToString()));
            if (!result.Succeeded)
            {
                Assert.Contains(result.Diagnostics, d => d.IsError);
                return;
            }

            foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                Assert.True(DisallowedCharacters.IsClean(text), Path.GetRelativePath(site.OutputDirectory, file));
                if (file.EndsWith(".xml", StringComparison.Ordinal)) new XmlDocument().LoadXml(text);
            }
        }, 80, output, print: i => System.Text.Json.JsonSerializer.Serialize(i));
}
