using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalGen.Diagnostics;
using LegalGen.Output;

namespace LegalGen.Build;

public sealed partial record BuildRecord
{
    /// <summary>Changes whenever the record's shape does: a record of another format is not read, and the site is built.</summary>
    public const int Format = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    /// <summary>
    /// The record as JSON: <c>format</c>, <c>inputs</c>, the counts, and each diagnostic as <c>legalgen check --format json</c>
    /// prints it (severity, code, file, line, column, message, hint).
    /// </summary>
    private string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            if (Inputs is null) json.WriteNull("inputs");
            else json.WriteString("inputs", Inputs);
            json.WriteNumber("policies", Policies);
            json.WriteNumber("versions", Versions);
            json.WriteNumber("languages", Languages);
            json.WriteNumber("pages", Pages);
            json.WriteStartArray("diagnostics");
            foreach (var d in Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("file", d.Location.File);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                if (d.Hint is null) json.WriteNull("hint");
                else json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The record after the marker's first line (UTF-8); null for anything else (an older marker, a damaged one).</summary>
    private static BuildRecord? FromMarker(byte[] marker)
    {
        var firstLine = Array.IndexOf(marker, (byte)'\n');
        if (firstLine < 0 || !marker.AsSpan(0, firstLine).SequenceEqual(Encoding.UTF8.GetBytes(SiteWriter.MarkerSentence))) return null;
        try
        {
            using var document = JsonDocument.Parse(marker.AsMemory(firstLine + 1));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number
                || format.GetInt32() != Format)
                return null;
            var inputs = root.GetProperty("inputs");
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(ReadDiagnostic).ToList();
            return new BuildRecord(
                inputs.ValueKind == JsonValueKind.Null ? null : inputs.GetString(),
                root.GetProperty("policies").GetInt32(),
                root.GetProperty("versions").GetInt32(),
                root.GetProperty("languages").GetInt32(),
                root.GetProperty("pages").GetInt32(),
                diagnostics);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    private static Diagnostic ReadDiagnostic(JsonElement d)
    {
        var severity = Text(d, "severity") switch
        {
            "error" => DiagnosticSeverity.Error,
            "warning" => DiagnosticSeverity.Warning,
            var other => throw new FormatException($"unknown severity '{other}'"),
        };
        var hint = d.GetProperty("hint");
        return new Diagnostic(
            severity,
            Text(d, "code"),
            new SourceLocation(Text(d, "file"), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
            Text(d, "message"),
            hint.ValueKind == JsonValueKind.Null ? null : Text(d, "hint"));
    }

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw new FormatException($"'{name}' is not a string");
}
