using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>
/// Front matter a text was given for another tool — Jekyll's <c>layout:</c>, Hugo's <c>weight:</c> — when it is
/// brought into LegalGen: the text after it, and its <c>title:</c>, the one key that means the same to LegalGen.
/// A text whose opening lines between <c>---</c> are not a YAML mapping has no front matter: those lines are its own.
/// </summary>
internal static class ForeignFrontMatter
{
    /// <summary>The text without its front matter (as it is when it has none), and the front matter's title if it is a text.</summary>
    public static (string Body, string? Title) Split(string text)
    {
        var split = FrontMatterSplitter.Split(text, "", new Diagnostics.DiagnosticBag());
        if (split is null || split.Yaml.Length > ContentLimits.MaxFrontMatterCharacters) return (text, null);
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedYamlParser(new Parser(new StringReader(split.Yaml))));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping) return (text, null);
            var title = mapping.Children.TryGetValue(new YamlScalarNode("title"), out var value) && value is YamlScalarNode { Value: { } words }
                ? words.Trim()
                : null;
            return (split.Body, string.IsNullOrEmpty(title) ? null : title);
        }
        catch (Exception e) when (e is YamlException or YamlLimitException or InvalidOperationException or ArgumentException)
        {
            return (text, null);
        }
    }
}
