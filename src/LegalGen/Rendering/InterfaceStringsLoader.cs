using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Localization;

namespace LegalGen.Rendering;

/// <summary>
/// Reads the interface strings of a site's languages from the templates: <c>i18n/&lt;lang&gt;.yml</c> of every
/// layer (a templates folder over the built-in templates), each language over its base language and English.
/// </summary>
public static class InterfaceStringsLoader
{
    /// <summary>Loads the strings of every language of the site, each layered over what it falls back to.</summary>
    public static IReadOnlyDictionary<string, InterfaceStrings> LoadAll(TemplateSource source, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        var english = Chain(source, InterfaceStrings.FallbackLanguage, null, diagnostics) ?? InterfaceStrings.Layer(InterfaceStrings.FallbackLanguage, StringsFile.Empty, null);
        var all = new Dictionary<string, InterfaceStrings>(StringComparer.Ordinal) { [InterfaceStrings.FallbackLanguage] = english };
        foreach (var language in languages.Where(l => l != InterfaceStrings.FallbackLanguage))
        {
            var baseLanguage = language.Contains('-') ? Chain(source, language.Split('-')[0], english, diagnostics) : null;
            var own = Chain(source, language, baseLanguage ?? english, diagnostics);
            all[language] = own ?? (baseLanguage is not null ? Relabel(baseLanguage, language) : InterfaceStrings.Layer(language, StringsFile.Empty, english));
        }

        return all;
    }

    /// <summary>One language's files of every layer, the first layer's on top, over <paramref name="fallback"/>; null when no layer has the language.</summary>
    private static InterfaceStrings? Chain(TemplateSource source, string language, InterfaceStrings? fallback, DiagnosticBag diagnostics)
    {
        var path = $"i18n/{language}.yml";
        var result = fallback;
        var found = false;
        foreach (var layer in source.Layers.Reverse())
        {
            if (!layer.Exists(path)) continue;
            var file = StringsFileReader.Read(layer.ReadText(path), layer.Display(path), diagnostics);
            if (file is null) continue;
            result = InterfaceStrings.Layer(language, file, result);
            found = true;
        }

        return found ? result : null;
    }

    /// <summary>A region's strings that are all its base language's (pt-BR reading pt): the same texts, under the region's tag.</summary>
    private static InterfaceStrings Relabel(InterfaceStrings strings, string language) => InterfaceStrings.Layer(language, StringsFile.Empty, strings);
}
