using System.Reflection;

namespace LegalGen.Rendering;

/// <summary>
/// The default templates compiled into LegalGen as resources named <c>templates/&lt;path&gt;</c>, so an installed
/// <c>legalgen</c> builds a site in any repository without a templates folder of its own.
/// </summary>
internal sealed class EmbeddedTemplateSource : TemplateSource
{
    private const string Prefix = "templates/";

    private static readonly Assembly Assembly = typeof(EmbeddedTemplateSource).Assembly;

    /// <summary>Source path → resource name (resource names may carry '\' from a Windows build).</summary>
    private readonly SortedDictionary<string, string> _files = new(
        Assembly.GetManifestResourceNames()
            .Where(n => n.Replace('\\', '/').StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n.Replace('\\', '/')[Prefix.Length..], n => n, StringComparer.Ordinal),
        StringComparer.Ordinal);

    public override string DisplayName => "(built-in)";

    public override bool Exists(string path) => _files.ContainsKey(path);

    public override byte[] ReadBytes(string path)
    {
        if (!_files.TryGetValue(path, out var name)) throw new FileNotFoundException($"LegalGen has no built-in template file '{path}'.", path);
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    public override IEnumerable<string> EnumerateFiles(string folder) => _files.Keys
        .Where(p => folder.Length == 0 || p.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal))
        .Where(p => !p.Split('/').Any(s => s.StartsWith('.')));
}
