using System.Text;
using System.Text.Json;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;

namespace LegalGen.Browser;

/// <summary>What <see cref="Comparison.Compare"/> answers, as JSON.</summary>
/// <param name="Summary">The counts and legend, or the note that both versions read the same, as a diff page writes them.</param>
/// <param name="Redline">The inline redline, as a diff page's inline view writes it.</param>
/// <param name="Statistics">The counts, as <c>legalgen diff --format json</c> gives them.</param>
public sealed record ComparisonAnswer(string Summary, string Redline, RedlineStatistics Statistics)
{
    /// <summary>
    /// <c>{"summary", "redline", "hasChanges", "statistics": {"changes", "wordsInserted", …}}</c>, written field by field:
    /// a serializer would bring its reflection or its generated metadata into the payload, for a handful of fields.
    /// </summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("summary", Summary);
            json.WriteString("redline", Redline);
            json.WriteBoolean("hasChanges", Statistics.HasChanges);
            RedlineJsonWriter.WriteStatistics(json, Statistics);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
