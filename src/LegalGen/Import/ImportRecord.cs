using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LegalGen.Import;

/// <summary>
/// What <c>legalgen import</c> wrote into a policy's folder, kept beside the files in <c>.legalgen-import.json</c>
/// (hidden, so the build passes it by; commit it with the files): for each file, the SHA-256 of the bytes written and
/// the commit and path it came from. A file whose bytes still have that hash is the import's, and a later import may
/// bring it up to date; a file that differs was edited by a person, and no import overwrites it.
/// </summary>
internal sealed class ImportRecord
{
    public const string FileName = ".legalgen-import.json";

    private readonly SortedDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    /// <summary>The hash the import wrote a file with (by its name in the policy folder), or null when it never wrote it.</summary>
    public string? HashOf(string fileName) => _files.TryGetValue(fileName, out var entry) ? entry.Sha256 : null;

    public IEnumerable<string> FileNames => _files.Keys;

    public void Set(string fileName, string sha256, string commit, string source) => _files[fileName] = new Entry(sha256, commit, source);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The record in <paramref name="policyFolder"/>; empty when there is none; null when it cannot be read as one.</summary>
    public static ImportRecord? Read(string policyFolder)
    {
        var record = new ImportRecord();
        var path = Path.Combine(policyFolder, FileName);
        if (!File.Exists(path)) return record;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
            {
                record.Set(file.Name, file.Value.GetProperty("sha256").GetString() ?? "",
                    file.Value.GetProperty("commit").GetString() ?? "", file.Value.GetProperty("source").GetString() ?? "");
            }

            return record;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The record as written: keys in a fixed order, one file a line group, LF line endings.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("about", "The files 'legalgen import' wrote here, with the SHA-256 of each as written. "
                + "A file whose bytes no longer match was edited, and is never overwritten by an import. Keep this file with the policy.");
            json.WriteStartObject("files");
            foreach (var (name, entry) in _files)
            {
                json.WriteStartObject(name);
                json.WriteString("sha256", entry.Sha256);
                json.WriteString("commit", entry.Commit);
                json.WriteString("source", entry.Source);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private sealed record Entry(string Sha256, string Commit, string Source);
}
