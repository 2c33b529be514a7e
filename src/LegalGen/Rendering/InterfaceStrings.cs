using System.Globalization;
using LegalGen.Content;
using LegalGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Rendering;

/// <summary>
/// The words the templates print, in one language, from <c>templates/i18n/&lt;lang&gt;.yml</c>, falling back
/// to English for a missing key. Also formats dates with the language's month names, so output never
/// depends on the machine's locale data.
/// </summary>
public sealed class InterfaceStrings
{
    public const string FallbackLanguage = "en";

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _plurals = new(StringComparer.Ordinal);
    private readonly string[]? _months;
    private readonly InterfaceStrings? _fallback;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> _dates = new();

    /// <summary>Reads the file's entries once: every page asks for dozens of them.</summary>
    private InterfaceStrings(string language, Dictionary<string, YamlNode> entries, InterfaceStrings? fallback)
    {
        foreach (var (key, node) in entries)
        {
            switch (node)
            {
                case YamlScalarNode { Value: { } text }:
                    _texts[key] = DisallowedCharacters.Remove(text);
                    break;
                case YamlMappingNode forms:
                    _plurals[key] = forms.Children
                        .Where(f => f.Key is YamlScalarNode { Value: not null } && f.Value is YamlScalarNode { Value: not null })
                        .ToDictionary(f => ((YamlScalarNode)f.Key).Value!, f => DisallowedCharacters.Remove(((YamlScalarNode)f.Value).Value!), StringComparer.Ordinal);
                    break;
                case YamlSequenceNode items when key == "months":
                    _months = items.OfType<YamlScalarNode>().Select(i => DisallowedCharacters.Remove(i.Value ?? "")).ToArray();
                    break;
            }
        }

        Language = language;
        _fallback = fallback;
    }

    public string Language { get; }

    /// <summary>Loads the strings of every language that has a file, each falling back to English.</summary>
    public static IReadOnlyDictionary<string, InterfaceStrings> LoadAll(string templatesDirectory, IEnumerable<string> languages, DiagnosticBag diagnostics) =>
        LoadAll(TemplateSource.Folder(templatesDirectory), languages, diagnostics);

    /// <summary>Loads the strings of every language that has a file in <c>i18n/</c> of <paramref name="folder"/>, each falling back to English.</summary>
    public static IReadOnlyDictionary<string, InterfaceStrings> LoadAll(TemplateSource folder, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        var english = Load(folder, FallbackLanguage, null, diagnostics) ?? new InterfaceStrings(FallbackLanguage, [], null);
        var all = new Dictionary<string, InterfaceStrings>(StringComparer.Ordinal) { [FallbackLanguage] = english };
        foreach (var language in languages.Where(l => l != FallbackLanguage))
        {
            all[language] = Load(folder, language, english, diagnostics)
                ?? (language.Contains('-') ? Load(folder, language.Split('-')[0], english, diagnostics) : null)
                ?? new InterfaceStrings(language, [], english);
        }

        return all;
    }

    private static InterfaceStrings? Load(TemplateSource source, string language, InterfaceStrings? fallback, DiagnosticBag diagnostics)
    {
        var path = $"i18n/{language}.yml";
        if (!source.Exists(path)) return null;
        var display = source.Display(path);
        var text = DisallowedCharacters.Remove(source.ReadText(path));
        try
        {
            var stream = new YamlStream();
            stream.Load(new GuardedYamlParser(new YamlDotNet.Core.Parser(new StringReader(text))));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
                return new InterfaceStrings(language, [], fallback);
            var entries = root.Children
                .Where(p => p.Key is YamlScalarNode { Value: not null })
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => p.Value, StringComparer.Ordinal);
            return new InterfaceStrings(language, entries, fallback);
        }
        catch (YamlDotNet.Core.YamlException e)
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
                "the interface strings file is not valid YAML", "each line is 'key: text'; quote texts that contain ':' or '#'");
            return null;
        }
    }

    /// <summary>The text for <paramref name="key"/> with {0}, {1}… replaced; the key itself when no language has it.</summary>
    public string Get(string key, params object?[] args) => Format(Scalar(key) ?? key, args);

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>, which is also {0}.</summary>
    public string Plural(string key, long count, params object?[] args)
    {
        var category = PluralRules.Category(Language, count);
        var text = PluralForm(key, category) ?? PluralForm(key, "other") ?? Scalar(key)
            ?? _fallback?.PluralForm(key, PluralRules.Category(FallbackLanguage, count)) ?? _fallback?.PluralForm(key, "other")
            ?? key;
        return Format(text, [count, .. args]);
    }

    /// <summary>A date as readers of this language write it, e.g. "15 stycznia 2024" or "January 15, 2024".</summary>
    public string Date(DateOnly date) => _dates.GetOrAdd(date, FormatDate);

    private string FormatDate(DateOnly date)
    {
        var months = Months();
        var month = months.Count == 12 ? months[date.Month - 1] : date.Month.ToString(CultureInfo.InvariantCulture);
        var pattern = Scalar("date_format") ?? "{year}-{month_number}-{day}";
        return pattern
            .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture))
            .Replace("{month_number}", date.Month.ToString(CultureInfo.InvariantCulture))
            .Replace("{month}", month)
            .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private string? Scalar(string key) => _texts.TryGetValue(key, out var text) ? text : _fallback?.Scalar(key);

    private string? PluralForm(string key, string category) =>
        _plurals.TryGetValue(key, out var forms) && forms.TryGetValue(category, out var text) ? text : null;

    private IReadOnlyList<string> Months() => _months ?? _fallback?.Months() ?? [];

    private static readonly string[] Placeholders = ["{0}", "{1}", "{2}", "{3}", "{4}", "{5}"];

    private static string Format(string text, object?[] args)
    {
        if (args.Length == 0 || !text.Contains('{')) return text;
        for (var i = 0; i < args.Length; i++)
        {
            var placeholder = i < Placeholders.Length ? Placeholders[i] : "{" + i.ToString(CultureInfo.InvariantCulture) + "}";
            text = text.Replace(placeholder, Convert.ToString(args[i], CultureInfo.InvariantCulture));
        }

        return text;
    }
}
