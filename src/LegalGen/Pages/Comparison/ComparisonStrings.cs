using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LegalGen.Localization;
using LegalGen.Pages.Planning;

namespace LegalGen.Pages.Comparison;

/// <summary>
/// The interface strings a comparison made in the reader's browser needs — the words of the redline's blocks, its counts,
/// legend and navigation, and the script's own messages — which the compare page carries as JSON, so the browser writes
/// them in the reader's language, the site's own wording included, and chooses plural forms by the same rules as a build.
/// </summary>
/// <remarks>
/// Shape: <c>{"language":"pl","texts":{key:text},"plurals":{key:{"language":"pl","forms":{"one":…,"few":…}}},"languages":{key:"en"}}</c>,
/// <c>languages</c>, only where there is one, naming the language of each text written in another than the page's (English,
/// where the page's lacks it). Every
/// character that could end a <c>&lt;script&gt;</c> element or start markup is escaped, so the JSON is safe inside one.
/// </remarks>
public static class ComparisonStrings
{
    /// <summary>The texts the comparison's markup writes (<see cref="ComparisonMarkup"/>), besides the redline's own (<see cref="RedlineStrings.Keys"/>).</summary>
    public static readonly IReadOnlyList<string> MarkupTexts =
    [
        "diff_change_of", "diff_previous_change", "diff_next_change",
        "diff_legend", "legend_deleted", "legend_inserted", "legend_moved", "legend_formatting", "diff_no_change",
    ];

    /// <summary>The counted texts of the comparison's markup.</summary>
    public static readonly IReadOnlyList<string> MarkupPlurals =
    [
        "diff_folded", "diff_changes_count", "words_inserted", "words_deleted", "characters_inserted", "characters_deleted", "blocks_moved", "diff_formatting_changes",
    ];

    /// <summary>What the compare page's script says while it compares, and when it cannot.</summary>
    public static readonly IReadOnlyList<string> ScriptTexts =
    [
        "diff_between", "diff_fallback", "diff_translation_not_updated", "diff_binding_changes", "version_of", "compare_loading", "compare_computed", "compare_same_version", "compare_failed",
        "compare_failed_version", "compare_failed_engine", "compare_failed_text", "compare_from_disk", "compare_no_engine",
        "compare_unknown_version",
    ];

    private static IEnumerable<string> TextKeys => RedlineStrings.Keys.Concat(MarkupTexts).Concat(ScriptTexts);

    private static readonly JsonWriterOptions Options = new()
    {
        // Letters of every script as they are; <, >, &, ' and " escaped (JavaScriptEncoder's rule), so no "</script>" can appear.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The strings as the compare page carries them.</summary>
    public static string Json(InterfaceStrings ui)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("language", ui.Language);
            InterfaceStringsJson.WriteTextsAndPlurals(json, ui, TextKeys, MarkupPlurals);
            var foreign = TextKeys.Select(k => (Key: k, Language: ui.LanguageOf(k))).Where(k => k.Language is not null && k.Language != ui.Language).ToList();
            if (foreign.Count > 0)
            {
                json.WriteStartObject("languages");
                foreach (var (key, language) in foreign) json.WriteString(key, language);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The strings from the JSON the page carries (<see cref="Json"/>); a key it lacks reads as the key itself.</summary>
    /// <exception cref="JsonException">The text is not such JSON.</exception>
    public static InterfaceStrings Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var language = root.GetProperty("language").GetString() ?? InterfaceStrings.FallbackLanguage;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var text in root.GetProperty("texts").EnumerateObject()) texts[text.Name] = text.Value.GetString() ?? "";
        var plurals = new Dictionary<string, (string, IReadOnlyDictionary<string, string>)>(StringComparer.Ordinal);
        foreach (var plural in root.GetProperty("plurals").EnumerateObject())
        {
            var forms = plural.Value.GetProperty("forms").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetString() ?? "", StringComparer.Ordinal);
            plurals[plural.Name] = (plural.Value.GetProperty("language").GetString() ?? language, forms);
        }

        var languages = root.TryGetProperty("languages", out var named)
            ? named.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString() ?? language, StringComparer.Ordinal)
            : null;
        return InterfaceStrings.Of(language, texts, plurals, languages);
    }
}
