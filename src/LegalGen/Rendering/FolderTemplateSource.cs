using LegalGen.Files;

namespace LegalGen.Rendering;

/// <summary>
/// Templates in a folder on disk, named in messages as the folder was given. The folder itself may be a
/// symbolic link, but nothing inside it is followed: a link (to a credentials file, to <c>/etc</c>, to itself)
/// or a special file (a FIFO, a device) inside it is refused (<see cref="Refused"/>), never read or published.
/// </summary>
internal sealed class FolderTemplateSource(string directory) : TemplateSource
{
    private readonly string _root = Path.GetFullPath(directory);
    private (SortedSet<string> Files, List<(string Path, FileKind Kind)> Refused)? _walk;

    public override string DisplayName { get; } = directory.TrimEnd('/', '\\').Replace('\\', '/');

    public override string? FolderPath => directory;

    private (SortedSet<string> Files, List<(string Path, FileKind Kind)> Refused) Walk => _walk ??= WalkFolder();

    public override IReadOnlyList<(string Shown, FileKind Kind)> Refused() => Walk.Refused.Select(r => (Display(r.Path), r.Kind)).ToList();

    public override bool Exists(string path) => IsInside(path) && Walk.Files.Contains(path);

    public override byte[] ReadBytes(string path)
    {
        if (!Exists(path)) throw new ArgumentException($"'{path}' is not a file of the templates folder.", nameof(path));
        var full = Path.Combine(_root, path);

        // Checked again at the moment of reading: the folder may have changed since it was walked.
        if (FileKinds.Of(full) != FileKind.RegularFile) throw new IOException($"'{Display(path)}' is no longer a regular file.");
        return File.ReadAllBytes(full);
    }

    public override IEnumerable<string> EnumerateFiles(string folder)
    {
        if (folder.Length > 0 && !IsInside(folder)) return [];
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        return Walk.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).ToList();
    }

    /// <summary>Every regular file under the folder, and every link or special file found instead; names starting with '.' are left out.</summary>
    private (SortedSet<string>, List<(string, FileKind)>) WalkFolder()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var refused = new List<(string, FileKind)>();
        if (!Directory.Exists(_root)) return (files, refused);
        var pending = new Stack<string>([_root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(entry).StartsWith('.')) continue;
                var relative = Path.GetRelativePath(_root, entry).Replace('\\', '/');
                switch (FileKinds.Of(entry))
                {
                    case FileKind.Folder:
                        pending.Push(entry);
                        break;
                    case FileKind.RegularFile:
                        files.Add(relative);
                        break;
                    case FileKind.SymbolicLink:
                        refused.Add((relative, FileKind.SymbolicLink));
                        break;
                    case FileKind.Special:
                        refused.Add((relative, FileKind.Special));
                        break;
                }
            }
        }

        refused.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return (files, refused);
    }
}
