using System.Text.RegularExpressions;
using LegalGen.Localization;
using LegalGen.Pages;
using LegalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Tests.Localization;

/// <summary>
/// Every strings file LegalGen ships (<c>templates/i18n/*.yml</c>) held to English's: the same keys, none missing and
/// none extra, each of the same kind; the same placeholders; plural texts with a form for every category the language's
/// plural rules choose; a date format and twelve month names; rules and a native name the language is known by. Runs over
/// whatever files there are, so a new language is held to the same standard the day its file is added.
/// </summary>
public class StringsFilesTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Templates, "i18n");

    /// <summary>Counts every plural rule tells apart: 0–200, and large ones (thousands, millions, their neighbours).</summary>
    private static readonly long[] Counts =
        [.. Enumerable.Range(0, 201).Select(n => (long)n), 1000, 1001, 10_000, 100_000, 1_000_000, 1_000_001, 2_000_000, 10_000_000, 1_000_000_000];

    private static readonly string[] DatePlaceholders = ["{day}", "{month}", "{month_number}", "{year}"];

    public static TheoryData<string> Languages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.yml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Fact]
    public void The_languages_LegalGen_has_always_shipped_are_there()
    {
        var shipped = Directory.EnumerateFiles(Folder, "*.yml").Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string> { "en", "pl", "de", "uk", "ja", "ar", "fr", "es", "it", "cs" }, shipped);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_strings_file_has_every_key_of_English_and_no_other(string language)
    {
        var english = Read("en");
        var file = Read(language);

        var missing = english.Keys.Except(file.Keys).ToList();
        var extra = file.Keys.Except(english.Keys).ToList();
        var otherKind = english.Keys.Intersect(file.Keys).Where(k => english[k].GetType() != file[k].GetType()).ToList();

        Assert.True(missing.Count + extra.Count + otherKind.Count == 0,
            $"i18n/{language}.yml: missing {Listed(missing)}; not in en.yml {Listed(extra)}; a text in one file and plural forms or a list in the other {Listed(otherKind)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_text_has_the_placeholders_of_English(string language)
    {
        var english = Read("en");
        var problems = new List<string>();
        foreach (var (key, node) in Read(language))
        {
            if (!english.TryGetValue(key, out var original) || key is "date_format") continue;
            var expected = Placeholders(original);
            switch (node)
            {
                case YamlScalarNode text when !Placeholders(text).SetEquals(expected):
                    problems.Add($"{key}: has {Shown(Placeholders(text))}, English {Shown(expected)}");
                    break;
                case YamlMappingNode forms:
                    // A form may leave the count unsaid ("one word", Arabic's zero and two), but the forms together say all English does, and nothing else.
                    var all = Placeholders(forms);
                    if (!all.SetEquals(expected)) problems.Add($"{key}: its forms have {Shown(all)}, English {Shown(expected)}");
                    break;
            }

            if (node is YamlScalarNode { Value: null or "" } || node is YamlMappingNode m && m.Children.Values.Any(v => v is not YamlScalarNode { Value.Length: > 0 }))
                problems.Add($"{key}: empty");
        }

        Assert.True(problems.Count == 0, $"i18n/{language}.yml:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_plural_text_has_a_form_for_every_category_the_languages_rules_choose(string language)
    {
        Assert.True(PluralRules.Knows(language), $"LegalGen does not know the plural rules of '{language}': add them to Localization/PluralRules.cs (CLDR's plurals.xml)");
        var chosen = Counts.GroupBy(n => PluralRules.Category(language, n)).ToDictionary(g => g.Key, g => g.First());
        var problems = new List<string>();
        foreach (var (key, node) in Read(language))
        {
            if (node is not YamlMappingNode forms) continue;
            var categories = forms.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();
            foreach (var (category, example) in chosen.Where(c => !categories.Contains(c.Key)))
                problems.Add($"{key}: no '{category}' form (for {example} and others)");
            if (!categories.Contains("other")) problems.Add($"{key}: no 'other' form, which every plural text needs");
            foreach (var unknown in categories.Except(PluralRules.AllCategories)) problems.Add($"{key}: '{unknown}' is not a CLDR plural category");
        }

        Assert.True(problems.Count == 0, $"i18n/{language}.yml:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_file_writes_dates_with_its_own_format_and_twelve_month_names(string language)
    {
        var file = Read(language);

        var format = Assert.IsType<YamlScalarNode>(file["date_format"]).Value!;
        var unknown = Regex.Matches(format, @"\{[^}]*\}").Select(m => m.Value).Except(DatePlaceholders).ToList();
        Assert.True(unknown.Count == 0, $"i18n/{language}.yml: date_format has {Listed(unknown)}; its placeholders are {string.Join(", ", DatePlaceholders)}");
        Assert.Contains("{day}", format);
        Assert.Contains("{year}", format);
        Assert.True(format.Contains("{month}") || format.Contains("{month_number}"), $"i18n/{language}.yml: date_format names no month");
        var months = Assert.IsType<YamlSequenceNode>(file["months"]).Children.Select(m => ((YamlScalarNode)m).Value ?? "").ToList();
        Assert.True(months.Count == 12, $"i18n/{language}.yml: {months.Count} months, not 12");
        Assert.All(months, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        Assert.Equal(12, months.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_its_own_name_in_the_switcher(string language)
    {
        var name = LanguageNames.NameOf(language);

        Assert.NotEqual(language, name);
        Assert.DoesNotContain($"({language})", name);
    }

    private static Dictionary<string, YamlNode> Read(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, language + ".yml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => c.Value, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(YamlNode node) => node switch
    {
        YamlScalarNode text => Regex.Matches(text.Value ?? "", @"\{\d+\}").Select(m => m.Value).ToHashSet(),
        YamlMappingNode forms => forms.Children.Values.SelectMany(Placeholders).ToHashSet(),
        _ => [],
    };

    private static string Shown(IEnumerable<string> placeholders) => placeholders.Any() ? string.Join(" ", placeholders.Order(StringComparer.Ordinal)) : "none";

    private static string Listed(List<string> keys) => keys.Count == 0 ? "none" : string.Join(", ", keys);
}
