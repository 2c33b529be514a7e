using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Timeline;

namespace LegalGen.Pages;

/// <summary>
/// What the date picker's script (<c>assets/point-in-time.js</c>) needs to answer "which text was in force on this day?" as
/// <see cref="VersionTimeline.InForceOn"/> does, as JSON a page carries: the as-of date, the withdrawal, every version with
/// its page, the page's own version, and the interface strings with the language's way of writing dates. Every link is
/// relative to the page.
/// </summary>
/// <remarks>
/// Shape: <c>{"asOf", "withdrawn": date or null, "shown": date or null, "dateFormat", "months": […12], "versions": [{"date",
/// "url", "editorial"}] (oldest first), "strings": {name: text}}</c>, each string by its <see cref="NameOf"/>. Every character that could end a <c>&lt;script&gt;</c>
/// element or start markup is escaped, so the JSON is safe inside one.
/// </remarks>
public static class PointInTimeScriptData
{
    /// <summary>
    /// What the script writes, in the page's language: its answers, and the notice of a status that has changed since the build;
    /// by the name the script knows each string by (<c>pit_after_as_of</c> → <c>afterAsOf</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "pit_answer", "pit_version", "pit_correction", "pit_this_page", "pit_upcoming", "pit_after_as_of", "pit_not_yet", "pit_not_yet_upcoming",
        "pit_withdrawn", "pit_withdrawal_upcoming", "pit_invalid", "pit_stale_version", "pit_stale_withdrawn",
    ];

    /// <summary>The name the script knows a string by: its key without <c>pit_</c>, in camelCase, so that nothing on a page reads like a key missing its text.</summary>
    public static string NameOf(string key)
    {
        var words = key["pit_".Length..].Split('_');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="from">The page's path from the site's root: the versions' links are relative to it.</param>
    /// <param name="shown">The version the page shows, whose answer says so; null on the change log.</param>
    public static string Json(VersionTimeline timeline, string language, string from, PolicyVersion? shown, InterfaceStrings ui)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("asOf", DateKey.Of(timeline.AsOf));
            if (timeline.WithdrawnOn is { } withdrawn) json.WriteString("withdrawn", DateKey.Of(withdrawn));
            else json.WriteNull("withdrawn");
            if (shown is null) json.WriteNull("shown");
            else json.WriteString("shown", shown.Key);
            json.WriteString("dateFormat", ui.Get("date_format"));
            json.WriteStartArray("months");
            foreach (var month in ui.MonthNames) json.WriteStringValue(month);
            json.WriteEndArray();
            json.WriteStartArray("versions");
            foreach (var version in timeline.Versions)
            {
                json.WriteStartObject();
                json.WriteString("date", version.Key);
                json.WriteString("url", SiteUrls.Relative(from, SiteUrls.Version(language, timeline.Policy.Slug, version.Key)));
                json.WriteBoolean("editorial", version.IsEditorial);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("strings");
            foreach (var key in Keys) json.WriteString(NameOf(key), ui.Get(key));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
