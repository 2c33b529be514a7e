using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using LegalGen.Content;
using LegalGen.Files;
using LegalGen.Model;
using LegalGen.Rendering;

namespace LegalGen.Build;

/// <summary>
/// Everything a site depends on, as one SHA-256: LegalGen itself (its version and the identity of its compiled code
/// and of every library it uses, so a new LegalGen builds again), the options that change the output (the as-of date,
/// the base URL, drafts, PDFs and the browser printing them, the search indexer and its identity), the templates folder's files, and every entry of the content folder the reader looks at —
/// each file's path and a hash of its bytes, never its modification time. Two builds with the same fingerprint write
/// the same site with the same diagnostics, so a build whose fingerprint is the last build's need not run
/// (<see cref="BuildRecord"/>). Computed before anything is read for the build itself: a file changed while the site
/// is built leaves a fingerprint that no longer matches, and the next build runs.
/// </summary>
public static class InputFingerprint
{
    /// <summary>Changes when what the fingerprint covers changes, so an older fingerprint never matches.</summary>
    private const string Scheme = "legalgen-inputs/1";

    private static readonly Lazy<string> Identity = new(OwnIdentity);

    /// <summary>The fingerprint of a build with <paramref name="options"/> and the templates of <paramref name="templates"/>.</summary>
    public static string Of(BuildOptions options, TemplateSource templates)
    {
        var inputs = Shared(options, templates, "site");
        AddContent(inputs, options.ContentDirectory);
        return inputs.Digest();
    }

    /// <summary>
    /// The fingerprint of what every page of a site depends on: all that <see cref="Of"/> covers but the policies' folders,
    /// for a build that compares policies one by one (<see cref="BuildCache"/>); of the content, only site.yml.
    /// </summary>
    public static string OfSiteWide(BuildOptions options, TemplateSource templates)
    {
        var inputs = Shared(options, templates, "site-wide");
        var siteFile = Path.Combine(Path.GetFullPath(options.ContentDirectory), "site.yml");
        inputs.Add("site.yml", FileKinds.Of(siteFile) == FileKind.RegularFile ? HashOf(siteFile) : "(not a file)");
        return inputs.Digest();
    }

    private static Inputs Shared(BuildOptions options, TemplateSource templates, string scope)
    {
        var inputs = new Inputs();
        inputs.Add("scheme", Scheme);
        inputs.Add("scope", scope);
        inputs.Add("legalgen", LegalGen);
        inputs.Add("as-of", DateKey.Of(options.AsOf));
        inputs.Add("base-url", options.BaseUrl ?? "(site.yml)");
        inputs.Add("drafts", options.IncludeDrafts ? "included" : "left out");
        inputs.Add("pdf", options.PdfPrinter?.Identity ?? "(none)");
        AddTemplates(inputs, templates);
        AddCompareEngine(inputs, options.CompareEngine);
        inputs.Add("search", options.Search?.Identity ?? "(none)");
        return inputs;
    }

    /// <summary>The in-browser comparison's engine the build copies into the site, file by file, or that there is none.</summary>
    private static void AddCompareEngine(Inputs inputs, string? folder)
    {
        if (folder is null)
        {
            inputs.Add("compare-engine", "(none)");
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            inputs.Add("compare-engine " + Path.GetRelativePath(folder, file).Replace('\\', '/'), HashOf(file));
    }

    /// <summary>This LegalGen: the core library's version and module id, and those of every assembly it references.</summary>
    public static string LegalGen => Identity.Value;

    private static string OwnIdentity()
    {
        var core = typeof(InputFingerprint).Assembly;
        var version = core.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? core.GetName().Version?.ToString();
        var identity = new StringBuilder($"{version} {core.ManifestModule.ModuleVersionId:N}");
        foreach (var reference in core.GetReferencedAssemblies().OrderBy(r => r.FullName, StringComparer.Ordinal))
        {
            identity.Append('\n').Append(reference.FullName).Append(' ');
            try
            {
                // A library updated in place keeps its assembly version but not its module id.
                identity.Append(Assembly.Load(reference).ManifestModule.ModuleVersionId.ToString("N"));
            }
            catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                identity.Append('-');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToString())));
    }

    /// <summary>The files of a templates folder (the built-in templates are part of LegalGen itself), and those it refuses.</summary>
    private static void AddTemplates(Inputs inputs, TemplateSource templates)
    {
        foreach (var layer in templates.Layers)
        {
            if (layer.FolderPath is null)
            {
                inputs.Add("templates", "(built-in)");
                continue;
            }

            inputs.Add("templates", layer.DisplayName);
            foreach (var (shown, kind) in layer.Refused()) inputs.Add("refused", $"{shown} {kind}");
            foreach (var file in layer.EnumerateFiles(""))
            {
                byte[]? bytes;
                try
                {
                    bytes = layer.ReadBytes(file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    bytes = null;
                }

                inputs.Add(file, bytes is null ? "(unreadable)" : Convert.ToHexStringLower(SHA256.HashData(bytes)));
            }
        }
    }

    /// <summary>
    /// The entries of the content folder as the reader sees them: site.yml and each policy folder's entries (the reader
    /// goes no deeper), hidden names left out as it leaves them out; every regular file with a hash of its bytes, in parallel.
    /// </summary>
    private static void AddContent(Inputs inputs, string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory);
        if (FileKinds.Of(root) is not (FileKind.Folder or FileKind.SymbolicLink) || !Directory.Exists(root))
        {
            inputs.Add("content", "(missing)");
            return;
        }

        var entries = new List<(string Relative, FileKind Kind)>();
        foreach (var (top, kind) in Entries(root, ""))
        {
            entries.Add((top, kind));
            if (kind == FileKind.Folder) entries.AddRange(Entries(Path.Combine(root, top), top + "/"));
        }

        var digests = new string[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var (relative, kind) = entries[i];
            var path = Path.Combine(root, relative);
            digests[i] = kind switch
            {
                FileKind.RegularFile => HashOf(path),
                FileKind.SymbolicLink => "link to " + (new FileInfo(path).LinkTarget ?? "?") + (Directory.Exists(path) ? " (folder)" : ""),
                _ => kind.ToString(),
            };
        });
        for (var i = 0; i < entries.Count; i++) inputs.Add(entries[i].Relative, digests[i]);
    }

    private static List<(string Relative, FileKind Kind)> Entries(string folder, string prefix)
    {
        List<string> names;
        try
        {
            names = Directory.EnumerateFileSystemEntries(folder).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [(prefix + "(unreadable)", FileKind.Missing)];
        }

        return names
            .Where(name => !(name.StartsWith('.') || name.StartsWith('_') || name.EndsWith('~')))
            .Select(name => (prefix + name, FileKinds.Of(Path.Combine(folder, name))))
            .ToList();
    }

    /// <summary>A hash of the file's bytes; a file past the reader's limit is refused by the build, so its size stands for it.</summary>
    private static string HashOf(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return stream.Length > ContentLimits.MaxFileBytes
                ? $"(too large: {stream.Length} bytes)"
                : Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "(unreadable)";
        }
    }

    /// <summary>Names and values fed to one hash, each with its length, so no two lists of inputs run together alike.</summary>
    private sealed class Inputs
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string name, string value)
        {
            Add(name);
            Add(value);
        }

        public string Digest()
        {
            using (_hash) return Convert.ToHexStringLower(_hash.GetHashAndReset());
        }

        private void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Span<byte> length = stackalloc byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            _hash.AppendData(length);
            _hash.AppendData(bytes);
        }
    }
}
