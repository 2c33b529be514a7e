using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Localization;

namespace LegalGen.Rendering;

/// <summary>
/// Reads the interface strings of a site's languages from the templates: <c>i18n/&lt;lang&gt;.yml</c> of every
/// layer (a templates folder over the built-in templates), each language over its base language and English.
/// A language with no strings at all (LG095), or whose only strings are the site's own and lack keys (LG096), is
/// shown in English where it has no text, each such text marked as English (<see cref="LanguageMarks"/>).
/// </summary>
public static class InterfaceStringsLoader
{
    /// <summary>At most this many missing keys are named in a message.</summary>
    private const int NamedKeys = 5;

    /// <summary>Loads the strings of every language of the site, each layered over what it falls back to.</summary>
    /// <param name="listedAt">Where site.yml lists each language, to locate the warnings about one; <c>site.yml</c> itself where it is not known.</param>
    public static IReadOnlyDictionary<string, InterfaceStrings> LoadAll(
        TemplateSource source, IEnumerable<string> languages, DiagnosticBag diagnostics, IReadOnlyDictionary<string, SourceLocation>? listedAt = null)
    {
        var english = Chain(source, InterfaceStrings.FallbackLanguage, null, diagnostics).Strings
            ?? InterfaceStrings.Layer(InterfaceStrings.FallbackLanguage, StringsFile.Empty, null);
        var all = new Dictionary<string, InterfaceStrings>(StringComparer.Ordinal) { [InterfaceStrings.FallbackLanguage] = english };
        foreach (var language in languages.Where(l => l != InterfaceStrings.FallbackLanguage))
        {
            var baseChain = language.Contains('-') ? Chain(source, language.Split('-')[0], english, diagnostics) : default;
            var ownChain = Chain(source, language, baseChain.Strings ?? english, diagnostics);
            var strings = ownChain.Strings ?? (baseChain.Strings is not null ? Relabel(baseChain.Strings, language) : InterfaceStrings.Layer(language, StringsFile.Empty, english));
            all[language] = strings;

            var at = listedAt?.GetValueOrDefault(language) ?? SourceLocation.StartOf(SiteFileReader.FileName);
            if (ownChain.Strings is null && baseChain.Strings is null)
                diagnostics.Warning(DiagnosticCodes.LanguageWithoutStrings, at,
                    $"the site's language '{language}' has no interface strings: its pages' interface text is shown in English, marked lang=\"en\"",
                    $"add {language}.yml to the i18n folder of your templates (templates/i18n/{language}.yml): a copy of LegalGen's own i18n/en.yml with its texts translated, keeping {{0}}, {{1}}…; see docs/languages.md");
            else if (!ownChain.BuiltIn && !baseChain.BuiltIn && (ownChain.SiteFile ?? baseChain.SiteFile) is { } siteFile)
                ReportMissingKeys(strings, english, siteFile, diagnostics);
        }

        return all;
    }

    /// <summary>
    /// One language's files of every layer, the first layer's on top, over <paramref name="fallback"/>: null strings when no layer
    /// has the language; whether the built-in layer (the last) has it, and how messages name the topmost file of another layer.
    /// </summary>
    private static (InterfaceStrings? Strings, bool BuiltIn, string? SiteFile) Chain(TemplateSource source, string language, InterfaceStrings? fallback, DiagnosticBag diagnostics)
    {
        var path = $"i18n/{language}.yml";
        var result = fallback;
        var found = false;
        var builtIn = false;
        string? siteFile = null;
        var layers = source.Layers;
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var layer = layers[i];
            if (!layer.Exists(path)) continue;
            var file = StringsFileReader.Read(layer.ReadText(path), layer.Display(path), diagnostics);
            if (file is null) continue;
            result = InterfaceStrings.Layer(language, file, result);
            found = true;
            if (i == layers.Count - 1) builtIn = true;
            else siteFile = layer.Display(path);
        }

        return (found ? result : null, builtIn, siteFile);
    }

    /// <summary>LG096: the keys of English the site's own strings of a language do not have.</summary>
    private static void ReportMissingKeys(InterfaceStrings strings, InterfaceStrings english, string siteFile, DiagnosticBag diagnostics)
    {
        var missing = english.Keys().Where(k => strings.LanguageOf(k) == InterfaceStrings.FallbackLanguage).ToList();
        if (missing.Count == 0) return;
        var named = string.Join(", ", missing.Take(NamedKeys)) + (missing.Count > NamedKeys ? ", …" : "");
        diagnostics.Warning(DiagnosticCodes.StringsIncomplete, SourceLocation.StartOf(siteFile),
            $"the interface strings of '{strings.Language}' lack {missing.Count} {(missing.Count == 1 ? "key" : "keys")} that English has ({named}): those texts are shown in English, marked lang=\"en\"",
            "add the keys, translated; LegalGen's own i18n/en.yml has every key");
    }

    /// <summary>A region's strings that are all its base language's (pt-BR reading pt): the same texts, under the region's tag.</summary>
    private static InterfaceStrings Relabel(InterfaceStrings strings, string language) => InterfaceStrings.Layer(language, StringsFile.Empty, strings);
}
