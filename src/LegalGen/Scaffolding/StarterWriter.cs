namespace LegalGen.Scaffolding;

/// <summary>
/// Writes a starter's files into a folder, all or none: without <c>force</c>, a file that exists already stops it before
/// anything is written, and is named, so nobody's work is overwritten by surprise.
/// </summary>
public static class StarterWriter
{
    /// <summary>What was written, or the files that exist already (and then nothing was written).</summary>
    public sealed record Outcome(IReadOnlyList<string> Written, IReadOnlyList<string> Existing);

    public static Outcome Write(string folder, IReadOnlyList<StarterFile> files, bool force)
    {
        var existing = files.Where(f => File.Exists(PathOf(folder, f)) || Directory.Exists(PathOf(folder, f))).Select(f => f.Path).ToList();
        if (existing.Count > 0 && !force) return new Outcome([], existing);

        foreach (var file in files)
        {
            var path = PathOf(folder, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
            if (file.Executable && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return new Outcome(files.Select(f => f.Path).ToList(), []);
    }

    private static string PathOf(string folder, StarterFile file)
    {
        if (file.Path.Split('/').Any(s => s is "" or "." or "..") || System.IO.Path.IsPathRooted(file.Path))
            throw new ArgumentException($"'{file.Path}' is not a path inside the folder", nameof(file));
        return System.IO.Path.Combine(folder, file.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
    }
}
