namespace LegalGen.Content;

/// <summary>One interface strings file (<c>i18n/&lt;lang&gt;.yml</c>) as read: texts, plural forms by category, month names.</summary>
public sealed record StringsFile(
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Plurals,
    IReadOnlyList<string>? Months)
{
    public static StringsFile Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>(), null);
}
