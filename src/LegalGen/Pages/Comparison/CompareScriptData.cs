using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LegalGen.Localization;

namespace LegalGen.Pages.Comparison;

/// <summary>
/// What a compare page's script (<c>assets/compare.js</c>) needs to compare two versions no diff page was written for,
/// as JSON the page carries: where the engine is, the versions with the pages of their texts, the pairs that have a diff
/// page, and the interface strings (<see cref="ComparisonStrings"/>). Every link is relative to the compare page.
/// </summary>
/// <remarks>
/// Shape: <c>{"engine": url or null, "policy", "language", "languageName", "binding", "bindingName", "bindingDir",
/// "bindingCompare", "versions": [{"date", "name", "translated", "page", "bindingPage", "wording", "bindingWording",
/// "basis"}], "pairs": {"FROM..TO": url}, "strings": {…}}</c>. A version is "translated" when it has a text in the page's
/// language: two translated versions are compared in it, any other pair in the binding language, as <c>legalgen diff</c>
/// and the diff pages do. With the wordings and bases the script tells, as a diff page does
/// (<see cref="Model.Policy.TranslationNotUpdated"/>), that a translation did not follow a change of the binding text.
/// </remarks>
public static class CompareScriptData
{
    /// <summary>One version as the script knows it.</summary>
    /// <param name="Name">The date as readers of the page's language write it.</param>
    /// <param name="Page">The version's page in the page's language; <paramref name="BindingPage"/> in the binding one.</param>
    /// <param name="Wording">A fingerprint of the wording of its text in the page's language (null without one), and of its binding text.</param>
    /// <param name="Basis">The binding version its text in the page's language was made from (<c>translation_of</c>, else its own date).</param>
    public sealed record Version(string Date, string Name, bool Translated, string Page, string BindingPage, string? Wording, string BindingWording, string Basis);

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="engine">The engine's script, relative to the page; null when the site has no engine.</param>
    /// <param name="bindingCompare">The compare page of the binding language, where a translation's reader sees what changed in the binding text.</param>
    /// <param name="pairs">The diff pages, by pair (<c>FROM..TO</c>, older first).</param>
    public static string Json(
        string? engine, string policy, string language, string languageName, string binding, string bindingName, string bindingCompare,
        IReadOnlyList<Version> versions, IReadOnlyList<KeyValuePair<string, string>> pairs, InterfaceStrings ui)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            if (engine is null) json.WriteNull("engine");
            else json.WriteString("engine", engine);
            json.WriteString("policy", policy);
            json.WriteString("language", language);
            json.WriteString("languageName", languageName);
            json.WriteString("binding", binding);
            json.WriteString("bindingName", bindingName);
            json.WriteString("bindingDir", LanguageNames.DirectionOf(binding));
            json.WriteString("bindingCompare", bindingCompare);
            json.WriteStartArray("versions");
            foreach (var version in versions)
            {
                json.WriteStartObject();
                json.WriteString("date", version.Date);
                json.WriteString("name", version.Name);
                json.WriteBoolean("translated", version.Translated);
                json.WriteString("page", version.Page);
                json.WriteString("bindingPage", version.BindingPage);
                if (version.Wording is null) json.WriteNull("wording");
                else json.WriteString("wording", version.Wording);
                json.WriteString("bindingWording", version.BindingWording);
                json.WriteString("basis", version.Basis);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("pairs");
            foreach (var (pair, url) in pairs) json.WriteString(pair, url);
            json.WriteEndObject();
            json.WritePropertyName("strings");
            json.WriteRawValue(ComparisonStrings.Json(ui));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
