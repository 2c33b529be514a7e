using LegalGen.Diagnostics;
using LegalGen.Model;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Content;

/// <summary>Reads and validates <c>content/site.yml</c>.</summary>
internal static class SiteFileReader
{
    public const string FileName = "site.yml";

    private static readonly string[] Keys = ["title", "base_url", "default_language", "languages", "language_names", "keep", "raw_html", "notice_period_days", "withdrawn"];

    public static SiteSettings? Read(string file, byte[] bytes, DiagnosticBag diagnostics)
    {
        var text = SourceText.Decode(bytes, file, diagnostics);
        if (text is null) return null;
        var fields = YamlFields.Parse(text, file, 1, Keys, "site settings", diagnostics);
        if (fields is null) return null;

        var title = ReadTitle(fields, diagnostics);
        var baseUrl = ReadBaseUrl(fields, diagnostics);
        var languageLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var languages = ReadLanguages(fields, languageLocations, diagnostics);
        var defaultLanguage = fields.Text("default_language", required: true, "add 'default_language: pl' (the binding language of your policies)");

        if (defaultLanguage is not null && languages is not null && !languages.Contains(defaultLanguage, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownLanguage, fields.At(fields.Node("default_language")!),
                $"the default language '{defaultLanguage}' is not in 'languages'",
                $"add it to 'languages: [{string.Join(", ", languages.Prepend(defaultLanguage))}]'");
            return null;
        }

        var names = languages is null ? null : ReadLanguageNames(fields, languages, diagnostics);
        var keep = KeepListReader.Read(fields, diagnostics);
        var rawHtml = ReadRawHtml(fields, diagnostics);
        var errorsBefore = diagnostics.ErrorCount;
        var noticePeriod = ReadNoticePeriod(fields, diagnostics);
        var withdrawals = WithdrawalsReader.Read(fields, diagnostics);
        if (title is null || defaultLanguage is null || languages is null || names is null || keep is null || rawHtml is null
            || diagnostics.ErrorCount > errorsBefore) return null;
        return new SiteSettings(title, baseUrl, defaultLanguage, languages, names, keep, rawHtml.Value, noticePeriod, withdrawals, languageLocations);
    }

    private static LocalizedText? ReadTitle(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (fields.Node("title") is not YamlMappingNode perLanguage)
        {
            var text = fields.Text("title", required: true, "add 'title: <your site's name>'");
            return text is null ? null : LocalizedText.Of(text);
        }

        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in perLanguage.Children)
        {
            if (key is YamlScalarNode { Value: { } lang } && value is YamlScalarNode scalar && fields.Clean(scalar)?.Trim() is { Length: > 0 } title)
                byLanguage[lang] = title;
            else
                diagnostics.Error(DiagnosticCodes.WrongType, fields.At(key), "each entry of 'title' must be 'language: title'",
                    "e.g. title: { pl: \"Dokumenty prawne\", en: \"Legal documents\" }");
        }

        return new LocalizedText(null, byLanguage);
    }

    /// <summary>Optional <c>language_names: { pt-BR: "Português (Brasil)" }</c> for the switcher.</summary>
    private static Dictionary<string, string>? ReadLanguageNames(YamlFields fields, List<string> languages, DiagnosticBag diagnostics)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!fields.Has("language_names")) return names;
        if (fields.Node("language_names") is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node("language_names")!), "'language_names' must be a group of 'language: name' entries",
                "e.g. language_names: { pl: Polski, pt-BR: \"Português (Brasil)\" }");
            return null;
        }

        var ok = true;
        foreach (var (key, value) in mapping.Children)
        {
            var tag = (key as YamlScalarNode)?.Value;
            var name = value is YamlScalarNode scalar ? fields.Clean(scalar)?.Trim() : null;
            if (tag is null || !languages.Contains(tag, StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, fields.At(key), $"'{tag}' in 'language_names' is not one of the site's languages",
                    $"name only languages listed in 'languages': {string.Join(", ", languages)}");
                ok = false;
            }
            else if (string.IsNullOrEmpty(name))
            {
                diagnostics.Error(DiagnosticCodes.EmptyValue, fields.At(value), $"the name of '{tag}' is empty", "write the language's name as its readers write it, e.g. 'de: Deutsch'");
                ok = false;
            }
            else
            {
                names[tag] = name;
            }
        }

        return ok ? names : null;
    }

    /// <summary>Optional <c>raw_html: sanitize</c> (the default: the safe subset as markup) or <c>raw_html: text</c> (all HTML shown as text).</summary>
    private static RawHtmlMode? ReadRawHtml(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("raw_html")) return RawHtmlMode.Sanitize;
        const string Hint = "write 'raw_html: sanitize' to keep the safe subset of HTML (tables, line breaks, anchors…) or 'raw_html: text' to show all HTML as text";
        switch (fields.Text("raw_html", required: false, Hint))
        {
            case null:
                return null;
            case "sanitize":
                return RawHtmlMode.Sanitize;
            case "text":
                return RawHtmlMode.Text;
            case var other:
                diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node("raw_html")!), $"'raw_html' is 'sanitize' or 'text', not '{other}'", Hint);
                return null;
        }
    }

    /// <summary>
    /// Optional <c>notice_period_days: 30</c>: the fewest days between a change's announcement (<c>published:</c>) and its
    /// effective date, as the site's terms or the law promise readers; checked once the build knows its as-of date.
    /// </summary>
    private static int? ReadNoticePeriod(YamlFields fields, DiagnosticBag diagnostics)
    {
        const string Key = "notice_period_days";
        if (!fields.Has(Key)) return null;
        const string Hint = "write the number of days as a whole number, e.g. 'notice_period_days: 30', or remove the line";
        var text = fields.Text(Key, required: false, Hint);
        if (text is null) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days)) return days;
        diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node(Key)!), $"'{Key}' is a number of days (0 or more), not '{text}'", Hint);
        return null;
    }

    private static Uri? ReadBaseUrl(YamlFields fields, DiagnosticBag diagnostics)
    {
        if (!fields.Has("base_url")) return null;
        var text = fields.Text("base_url", required: false, "");
        if (text is null) return null;
        var uri = BaseAddress.Parse(text, out var problem);
        if (uri is null)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, fields.At(fields.Node("base_url")!), problem!,
                "write the address the site will be published at, e.g. 'base_url: https://legal.example.com/'");
            return null;
        }

        return uri;
    }

    private static List<string>? ReadLanguages(YamlFields fields, Dictionary<string, SourceLocation> locations, DiagnosticBag diagnostics)
    {
        if (!fields.Has("languages"))
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, fields.Location, "the required key 'languages' is missing",
                "add 'languages: [pl, en]' (the order is the order of the language switcher)");
            return null;
        }

        var node = fields.Node("languages")!;
        var errorsBefore = diagnostics.ErrorCount;
        var items = fields.TextList("languages", "en");
        if (node is not YamlSequenceNode sequence)
        {
            // 'languages:' with nothing after it reads as an empty list, which a site cannot have.
            if (diagnostics.ErrorCount == errorsBefore)
                diagnostics.Error(DiagnosticCodes.EmptyValue, fields.KeyLocation("languages"), "'languages' is empty",
                    "list at least one language, e.g. 'languages: [pl]'");
            return null;
        }

        var languages = new List<string>();
        var ok = true;
        foreach (var (tag, item) in items.Zip(sequence.Children))
        {
            if (!LanguageTag.IsValid(tag))
            {
                diagnostics.Error(DiagnosticCodes.UnknownLanguage, fields.At(item), $"'{tag}' is not a language tag",
                    "use BCP-47 tags such as pl, en, de, pt-BR");
                ok = false;
            }
            else if (languages.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateKey, fields.At(item), $"the language '{tag}' is listed twice",
                    "list each language once");
                ok = false;
            }
            else
            {
                languages.Add(tag);
                locations[tag] = fields.At(item);
            }
        }

        if (ok && languages.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyValue, fields.At(node), "'languages' is empty", "list at least one language, e.g. 'languages: [pl]'");
            return null;
        }

        return ok && items.Count == sequence.Children.Count ? languages : null;
    }
}
