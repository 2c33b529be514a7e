using System.Text.Json;

namespace LegalGen.Localization;

/// <summary>
/// Interface strings as a page's script reads them: <c>"texts"</c>, each key's text, and <c>"plurals"</c>, each counted
/// key's forms with the language whose plural rules choose among them (a key the strings lack is left out).
/// </summary>
internal static class InterfaceStringsJson
{
    /// <summary>Writes the two properties into the object <paramref name="json"/> has open.</summary>
    public static void WriteTextsAndPlurals(Utf8JsonWriter json, InterfaceStrings ui, IEnumerable<string> texts, IEnumerable<string> plurals)
    {
        json.WriteStartObject("texts");
        foreach (var key in texts) json.WriteString(key, ui.Get(key));
        json.WriteEndObject();
        json.WriteStartObject("plurals");
        foreach (var key in plurals)
        {
            if (ui.PluralForms(key) is not var (language, forms)) continue;
            json.WriteStartObject(key);
            json.WriteString("language", language);
            json.WriteStartObject("forms");
            foreach (var (category, form) in forms.OrderBy(f => f.Key, StringComparer.Ordinal)) json.WriteString(category, form);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
