using System.Globalization;
using LegalGen.Content;

namespace LegalGen.Localization;

/// <summary>
/// The words the templates print, in one language, layered string by string: the site's templates folder
/// (<c>i18n/&lt;lang&gt;.yml</c>) over the built-in strings of the same language, then (for <c>pt-BR</c>) of its
/// base language, then English in the same order. A site may so override one string and keep every other.
/// Also formats dates with the language's month names, so output never depends on the machine's locale data.
/// The layers are read from the templates by <see cref="Rendering.InterfaceStringsLoader"/>.
/// </summary>
public sealed class InterfaceStrings
{
    public const string FallbackLanguage = "en";

    private readonly StringsFile _file;
    private readonly InterfaceStrings? _fallback;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> _dates = new();

    private InterfaceStrings(string language, StringsFile file, InterfaceStrings? fallback)
    {
        Language = language;
        _file = file;
        _fallback = fallback;
    }

    /// <summary>The language of this layer's strings (and of its plural rules).</summary>
    public string Language { get; }

    /// <summary>One layer of strings in <paramref name="language"/>, over what it falls back to (null for English's last layer).</summary>
    internal static InterfaceStrings Layer(string language, StringsFile file, InterfaceStrings? fallback) => new(language, file, fallback);

    /// <summary>The text for <paramref name="key"/> with {0}, {1}… replaced; the key itself when no layer has it.</summary>
    public string Get(string key, params object?[] args) => Format(Scalar(key) ?? key, args);

    /// <summary>True when some layer has <paramref name="key"/>, as a text or as plural forms.</summary>
    public bool Has(string key) => _file.Texts.ContainsKey(key) || _file.Plurals.ContainsKey(key) || (_fallback?.Has(key) ?? false);

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>, which is also {0}: the first layer that has the key decides.</summary>
    public string Plural(string key, long count, params object?[] args)
    {
        for (var layer = this; layer is not null; layer = layer._fallback)
        {
            if (layer._file.Plurals.TryGetValue(key, out var forms)
                && (forms.TryGetValue(PluralRules.Category(layer.Language, count), out var form) || forms.TryGetValue("other", out form)))
                return Format(form, [count, .. args]);
            if (layer._file.Texts.TryGetValue(key, out var text)) return Format(text, [count, .. args]);
        }

        return Format(key, [count, .. args]);
    }

    /// <summary>Every key some layer has — texts, plural texts, and <c>months</c> — each once, in the order of the layers and their files.</summary>
    public IEnumerable<string> Keys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var layer = this; layer is not null; layer = layer._fallback)
        {
            foreach (var key in layer._file.Texts.Keys.Concat(layer._file.Plurals.Keys)) if (seen.Add(key)) yield return key;
            if (layer._file.Months is not null && seen.Add("months")) yield return "months";
        }
    }

    /// <summary>The language of the text of <paramref name="key"/>: that of the first layer that has it; null when none has it.</summary>
    public string? LanguageOf(string key)
    {
        for (var layer = this; layer is not null; layer = layer._fallback)
            if (layer._file.Texts.ContainsKey(key) || layer._file.Plurals.ContainsKey(key) || (key == "months" && layer._file.Months is not null)) return layer.Language;
        return null;
    }

    /// <summary>
    /// <see cref="Get"/> as a page writes it: marked with the language it is written in (<see cref="LanguageMarks"/>), which
    /// is another than this one where this language lacks the key and English stands in. The text arguments inside a text
    /// in another language are marked with this one, so that what a page shows in its own language stays so.
    /// </summary>
    public string Text(string key, params object?[] args) =>
        LanguageOf(key) is { } language ? LanguageMarks.Mark(Get(key, IsOwn(language) ? args : MarkedAsOwn(args)), language) : Get(key, args);

    /// <summary><see cref="Plural"/> as a page writes it, marked as <see cref="Text"/> is.</summary>
    public string PluralText(string key, long count, params object?[] args) =>
        PluralForms(key) is ({ } language, _)
            ? LanguageMarks.Mark(Plural(key, count, IsOwn(language) ? args : MarkedAsOwn(args)), language)
            : Plural(key, count, args);

    /// <summary><see cref="Date"/> as a page writes it: marked with the language of its month names (or of its format, where it names no month).</summary>
    public string DateText(DateOnly date) => LanguageMarks.Mark(Date(date), DateLanguage());

    /// <summary>
    /// The forms of <paramref name="key"/> by plural category, and the language whose plural rules choose among them:
    /// those of the first layer that has the key (a text of its own is its one form, "other"); null when none has it.
    /// </summary>
    public (string Language, IReadOnlyDictionary<string, string> Forms)? PluralForms(string key)
    {
        for (var layer = this; layer is not null; layer = layer._fallback)
        {
            if (layer._file.Plurals.TryGetValue(key, out var forms)) return (layer.Language, forms);
            if (layer._file.Texts.TryGetValue(key, out var text)) return (layer.Language, new Dictionary<string, string> { ["other"] = text });
        }

        return null;
    }

    /// <summary>
    /// Strings given whole rather than read from files, as a page hands them to a script: <paramref name="texts"/> in
    /// <paramref name="language"/> but those <paramref name="textLanguages"/> names another language for, and plural forms
    /// each with the language whose rules choose among them (and which they are written in).
    /// </summary>
    public static InterfaceStrings Of(
        string language, IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, (string Language, IReadOnlyDictionary<string, string> Forms)> plurals,
        IReadOnlyDictionary<string, string>? textLanguages = null)
    {
        string LanguageOfText(string key) => textLanguages?.GetValueOrDefault(key) ?? language;

        // A layer per language, the page's on top: each key is in one layer only, so their order decides nothing else.
        InterfaceStrings? below = null;
        var others = plurals.Values.Select(p => p.Language).Concat(texts.Keys.Select(LanguageOfText))
            .Where(l => l != language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var other in others)
            below = new InterfaceStrings(other, LayerOf(other), below);
        return new InterfaceStrings(language, LayerOf(language), below);

        StringsFile LayerOf(string layer) => new(
            texts.Where(t => LanguageOfText(t.Key) == layer).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            plurals.Where(p => p.Value.Language == layer).ToDictionary(p => p.Key, p => p.Value.Forms, StringComparer.Ordinal),
            null);
    }

    /// <summary>A date as readers of this language write it, e.g. "15 stycznia 2024" or "January 15, 2024".</summary>
    public string Date(DateOnly date) => _dates.GetOrAdd(date, FormatDate);

    /// <summary>The month names <see cref="Date"/> writes (the strings' <c>months</c>), January first; empty when no layer has them.</summary>
    public IReadOnlyList<string> MonthNames => Months();

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

    /// <summary>The language dates are written in: that of the month names where the format names the month, else the format's.</summary>
    private string DateLanguage()
    {
        var format = LanguageOf("date_format") ?? FallbackLanguage;
        if (!(Scalar("date_format") ?? "").Contains("{month}", StringComparison.Ordinal)) return format;
        for (var layer = this; layer is not null; layer = layer._fallback)
            if (layer._file.Months is { } months) return months.Count == 12 ? layer.Language : format;
        return format;
    }

    private bool IsOwn(string language) => language.Equals(Language, StringComparison.OrdinalIgnoreCase);

    /// <summary>Arguments inside a text in another language, each text among them marked as this language's (numbers need no language).</summary>
    private object?[] MarkedAsOwn(object?[] args)
    {
        if (args.Length == 0) return args;
        var marked = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
            marked[i] = args[i] is string { Length: > 0 } text && !LanguageMarks.IsWhollyMarked(text) ? LanguageMarks.Mark(text, Language) : args[i];
        return marked;
    }

    private string? Scalar(string key) => _file.Texts.TryGetValue(key, out var text) ? text : _fallback?.Scalar(key);

    private IReadOnlyList<string> Months() => _file.Months ?? _fallback?.Months() ?? [];

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
