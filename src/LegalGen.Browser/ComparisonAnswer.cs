using System.Text;
using System.Text.Json;

namespace LegalGen.Browser;

/// <summary>What <see cref="Comparison.Compare"/> answers, as JSON.</summary>
/// <param name="Summary">The counts and legend, or the note that both versions read the same, as a diff page writes them.</param>
/// <param name="Redline">The inline redline, as a diff page's inline view writes it.</param>
/// <param name="HasChanges">False when both versions read the same.</param>
/// <param name="Changes">How many changes the redline numbers.</param>
public sealed record ComparisonAnswer(string Summary, string Redline, bool HasChanges, int Changes)
{
    /// <summary>
    /// <c>{"summary", "redline", "hasChanges", "changes"}</c>, written field by field: a serializer would bring its
    /// reflection or its generated metadata into the payload, for four fields.
    /// </summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("summary", Summary);
            json.WriteString("redline", Redline);
            json.WriteBoolean("hasChanges", HasChanges);
            json.WriteNumber("changes", Changes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
