using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LegalGen.Localization;

namespace LegalGen.Pages.Planning;

/// <summary>
/// What the search page's script needs, as JSON the page carries in a <c>&lt;script type="application/json"&gt;</c>
/// element: the search index's script (relative to the page), the page's language, and the interface strings it writes,
/// plural forms with the language whose rules choose among them.
/// </summary>
/// <remarks>
/// Shape: <c>{"index":"../pagefind/pagefind.js","language":"pl","texts":{key:text},"plurals":{key:{"language":"pl","forms":{"one":…}}}}</c>.
/// Every character that could end a <c>&lt;script&gt;</c> element or start markup is escaped.
/// </remarks>
internal static class SearchScriptData
{
    /// <summary>What the script says while it searches, and when it cannot.</summary>
    public static readonly IReadOnlyList<string> Texts =
    [
        "search_loading", "search_no_results", "search_failed", "search_from_disk", "search_more", "search_section",
    ];

    /// <summary>The counted texts.</summary>
    public static readonly IReadOnlyList<string> Plurals = ["search_results"];

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Json(string index, InterfaceStrings ui)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("index", index);
            json.WriteString("language", ui.Language);
            InterfaceStringsJson.WriteTextsAndPlurals(json, ui, Texts, Plurals);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
