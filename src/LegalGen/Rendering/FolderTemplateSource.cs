namespace LegalGen.Rendering;

/// <summary>Templates in a folder on disk, named in messages as the folder was given.</summary>
internal sealed class FolderTemplateSource(string directory) : TemplateSource
{
    private readonly string _root = Path.GetFullPath(directory);

    public override string DisplayName { get; } = directory.TrimEnd('/', '\\').Replace('\\', '/');

    public override string? FolderPath => directory;

    public override bool Exists(string path) => IsInside(path) && File.Exists(Path.Combine(_root, path));

    public override byte[] ReadBytes(string path) =>
        IsInside(path) ? File.ReadAllBytes(Path.Combine(_root, path)) : throw new ArgumentException($"'{path}' is not inside the templates folder.", nameof(path));

    public override IEnumerable<string> EnumerateFiles(string folder)
    {
        var start = folder.Length == 0 ? _root : Path.Combine(_root, folder);
        if ((folder.Length > 0 && !IsInside(folder)) || !Directory.Exists(start)) return [];
        return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
