using System.Text.Encodings.Web;
using System.Text.Json;
using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Diagnostics as one JSON array, for other tools (shape documented in docs/editor-workflow.md):
/// <c>[{"severity":"error","code":"LG009","file":"content/privacy/2025-02-01.en.md","line":3,"column":1,"message":"…","hint":"…"}]</c>.
/// </summary>
internal static class JsonDiagnostics
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,

        // Keeps 'ł' and 'é' readable; the output is data for tools, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory, TextWriter writer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", d.IsError ? "error" : "warning");
                json.WriteString("code", d.Code);
                json.WriteString("file", DiagnosticPaths.FromCurrentFolder(d, contentDirectory));
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message);
                if (d.Hint is null) json.WriteNull("hint");
                else json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n"));
    }
}
