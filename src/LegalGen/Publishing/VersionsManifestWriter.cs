using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalGen.Model;
using LegalGen.Pages;
using LegalGen.Timeline;

namespace LegalGen.Publishing;

/// <summary>
/// Writes <c>versions.json</c>: every policy (with its withdrawal date, if any), version and language with its effective
/// date, announcement date, status on the build's as-of date, title, addresses, and the SHA-256 of its source file — the record an auditor or a
/// consent system cites ("the user accepted version 2024-01-15, sha256 …"). Shape: docs/publishing.md.
/// </summary>
public static class VersionsManifestWriter
{
    public const int SchemaVersion = 1;

    public static string Write(Site site, IReadOnlyDictionary<string, VersionTimeline> timelines, Uri? baseUrl, DateOnly asOf)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("schema", "legalgen-versions");
            json.WriteNumber("schema_version", SchemaVersion);
            json.WriteString("as_of", DateKey.Of(asOf));
            if (baseUrl is null) json.WriteNull("base_url");
            else json.WriteString("base_url", baseUrl.AbsoluteUri);
            json.WriteString("default_language", site.Settings.DefaultLanguage);
            json.WriteStartArray("languages");
            foreach (var language in site.Settings.Languages) json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteStartArray("policies");
            foreach (var policy in site.Policies) WritePolicy(json, site, policy, timelines[policy.Slug], baseUrl);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WritePolicy(Utf8JsonWriter json, Site site, Policy policy, VersionTimeline timeline, Uri? baseUrl)
    {
        json.WriteStartObject();
        json.WriteString("slug", policy.Slug);
        WriteDate(json, "current", timeline.Current?.Date);
        WriteDate(json, "withdrawn", timeline.WithdrawnOn);
        json.WriteStartArray("versions");
        foreach (var version in policy.Versions)
        {
            json.WriteStartObject();
            json.WriteString("date", version.Key);
            json.WriteString("status", timeline.StatusOf(version).ToString().ToLowerInvariant());
            WriteDate(json, "in_force_until", timeline.LastDayInForce(version));
            WriteDate(json, "published", version.Published);
            json.WriteBoolean("editorial", version.IsEditorial);
            json.WriteStartArray("translations");
            foreach (var translation in version.Translations.Values.OrderBy(t => site.Settings.Languages.ToList().IndexOf(t.Language)))
            {
                json.WriteStartObject();
                json.WriteString("language", translation.Language);
                json.WriteBoolean("binding", translation.Language == version.SourceLanguage);
                json.WriteString("translation_of", DateKey.Of(version.BasisOf(translation.Language)));
                json.WriteString("title", translation.Title);
                if (translation.Summary is null) json.WriteNull("summary");
                else json.WriteString("summary", translation.Summary);
                json.WriteStartArray("changes");
                foreach (var change in translation.Changes) json.WriteStringValue(change);
                json.WriteEndArray();
                json.WriteString("source", translation.SourcePath);
                json.WriteString("sha256", translation.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("pages");
            foreach (var language in site.Settings.Languages)
            {
                var path = SiteUrls.Pretty(SiteUrls.Version(language, policy.Slug, version.Key));
                json.WriteStartObject();
                json.WriteString("language", language);
                json.WriteString("path", path);
                if (baseUrl is null) json.WriteNull("url");
                else json.WriteString("url", SiteUrls.Absolute(baseUrl, path));
                json.WriteString("text_language", (version.In(language) ?? version.Source).Language);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is null) json.WriteNull(name);
        else json.WriteString(name, DateKey.Of(date.Value));
    }
}
