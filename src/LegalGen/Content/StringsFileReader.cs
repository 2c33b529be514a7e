using LegalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>
/// Reads an interface strings file of the templates — <c>key: text</c>, <c>key: { one: …, other: … }</c> for plural
/// forms, <c>months: [...]</c> — with the same YAML guards and plain-words errors as the content's files.
/// </summary>
public static class StringsFileReader
{
    /// <summary>The file's strings, or null with a located error (<paramref name="display"/> names the file in messages).</summary>
    public static StringsFile? Read(string text, string display, DiagnosticBag diagnostics)
    {
        text = DisallowedCharacters.Remove(text);
        YamlMappingNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedYamlParser(new Parser(new StringReader(text))));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(DiagnosticCodes.Template, new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column),
                $"in the interface strings file, {e.Problem}", e.Hint);
            return null;
        }
        catch (YamlException e)
        {
            var (problem, hint) = YamlMessages.Rephrase(e);
            diagnostics.Error(DiagnosticCodes.Template, new SourceLocation(display, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)),
                $"in the interface strings file, {problem}", hint);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's node builder gives up on some malformed streams without a YamlException.
            diagnostics.Error(DiagnosticCodes.Template, SourceLocation.StartOf(display),
                "the interface strings file cannot be read as 'key: text' lines", "each line is 'key: text'; quote texts that contain ': ' or '#'");
            return null;
        }

        if (root is null) return StringsFile.Empty;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var plurals = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        List<string>? months = null;
        foreach (var (keyNode, value) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key }) continue;
            switch (value)
            {
                case YamlScalarNode { Value: { } scalar }:
                    texts[key] = DisallowedCharacters.Remove(scalar);
                    break;
                case YamlMappingNode forms:
                    plurals[key] = forms.Children
                        .Where(f => f.Key is YamlScalarNode { Value: not null } && f.Value is YamlScalarNode { Value: not null })
                        .ToDictionary(f => ((YamlScalarNode)f.Key).Value!, f => DisallowedCharacters.Remove(((YamlScalarNode)f.Value).Value!), StringComparer.Ordinal);
                    break;
                case YamlSequenceNode items when key == "months":
                    months = items.OfType<YamlScalarNode>().Select(i => DisallowedCharacters.Remove(i.Value ?? "")).ToList();
                    break;
            }
        }

        return new StringsFile(texts, plurals, months);
    }
}
