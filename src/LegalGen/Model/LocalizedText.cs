namespace LegalGen.Model;

/// <summary>A text given once for every language, or per language (e.g. the site title).</summary>
public sealed record LocalizedText(string? Invariant, IReadOnlyDictionary<string, string> ByLanguage)
{
    public static LocalizedText Of(string text) => new(text, new Dictionary<string, string>());

    /// <summary>The text in <paramref name="language"/>, else in the fallback language, else any.</summary>
    public string For(string language, string fallbackLanguage)
    {
        if (ByLanguage.TryGetValue(language, out var text)) return text;
        if (Invariant is not null) return Invariant;
        if (ByLanguage.TryGetValue(fallbackLanguage, out text)) return text;
        return ByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).FirstOrDefault() ?? "";
    }
}
