using System.Text.RegularExpressions;
using LegalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Tests.Localization;

/// <summary>A shipped strings file read as YAML, and held to English's shape key by key and form by form.</summary>
internal static partial class StringsFileShape
{
    /// <summary>The file of <paramref name="language"/> in the built-in templates, as YAML.</summary>
    public static YamlMappingNode Root(string language)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.Templates, "i18n", language + ".yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>English's keys in English's order, each text and each plural form with English's placeholders, and twelve months.</summary>
    public static void AssertEnglishKeysInOrderWithSamePlaceholders(string language)
    {
        var english = Root("en");
        var own = Root(language);

        Assert.Equal(english.Children.Keys.Select(k => k.ToString()), own.Children.Keys.Select(k => k.ToString()));
        foreach (var (key, value) in english.Children)
        {
            var name = key.ToString();
            if (name is "date_format" or "months") continue;
            var expected = Placeholders(value is YamlMappingNode forms ? forms.Children[new YamlScalarNode("other")].ToString() : value.ToString());
            var texts = own.Children[key] is YamlMappingNode ownForms ? ownForms.Children.Values.Select(v => v.ToString()) : [own.Children[key].ToString()];
            Assert.All(texts, text => Assert.True(expected.SetEquals(Placeholders(text)), $"{language}: {name}: '{text}' lacks or adds a placeholder"));
        }

        Assert.Equal(12, ((YamlSequenceNode)own.Children[new YamlScalarNode("months")]).Children.Count);
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
