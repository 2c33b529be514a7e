namespace LegalGen.Pages;

/// <summary>Languages' own names for themselves (for the switcher) and their writing direction.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Native = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "العربية", ["bg"] = "Български", ["cs"] = "Čeština", ["da"] = "Dansk", ["de"] = "Deutsch",
        ["el"] = "Ελληνικά", ["en"] = "English", ["es"] = "Español", ["et"] = "Eesti", ["fa"] = "فارسی",
        ["fi"] = "Suomi", ["fr"] = "Français", ["he"] = "עברית", ["hr"] = "Hrvatski", ["hu"] = "Magyar",
        ["it"] = "Italiano", ["ja"] = "日本語", ["ko"] = "한국어", ["lt"] = "Lietuvių", ["lv"] = "Latviešu",
        ["nl"] = "Nederlands", ["no"] = "Norsk", ["nb"] = "Norsk bokmål", ["pl"] = "Polski", ["pt"] = "Português",
        ["pt-BR"] = "Português (Brasil)", ["pt-PT"] = "Português (Portugal)", ["ro"] = "Română", ["ru"] = "Русский",
        ["sk"] = "Slovenčina", ["sl"] = "Slovenščina", ["sv"] = "Svenska", ["th"] = "ไทย", ["tr"] = "Türkçe",
        ["uk"] = "Українська", ["ur"] = "اردو", ["vi"] = "Tiếng Việt", ["zh"] = "中文", ["zh-Hans"] = "简体中文",
        ["zh-Hant"] = "繁體中文", ["zh-CN"] = "简体中文", ["zh-TW"] = "繁體中文", ["zh-HK"] = "繁體中文（香港）", ["ga"] = "Gaeilge",
        ["mt"] = "Malti", ["hi"] = "हिन्दी", ["id"] = "Bahasa Indonesia", ["ms"] = "Bahasa Melayu", ["ca"] = "Català",
        ["bn"] = "বাংলা", ["sr"] = "Српски", ["is"] = "Íslenska", ["eu"] = "Euskara", ["gl"] = "Galego", ["sw"] = "Kiswahili",
    };

    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv" };

    /// <summary>The language's name: the site's own (site.yml's language_names), else its native name, else the tag.</summary>
    public static string NameOf(string tag, IReadOnlyDictionary<string, string>? site) =>
        site is not null && site.TryGetValue(tag, out var name) ? name : NameOf(tag);

    public static string NameOf(string tag) =>
        Native.TryGetValue(tag, out var name) ? name
        : Native.TryGetValue(tag.Split('-')[0], out name) ? $"{name} ({tag})"
        : tag;

    public static string DirectionOf(string tag) => RightToLeft.Contains(tag.Split('-')[0]) ? "rtl" : "ltr";
}
