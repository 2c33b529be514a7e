namespace LegalGen.Tests.Support;

/// <summary>What is in and beside an output folder, to compare sites and to find what a build left behind.</summary>
internal static class OutputFolders
{
    /// <summary>Every file's path, bytes and modification time: equal snapshots mean a byte-identical, untouched site.</summary>
    public static string Snapshot(string directory) => string.Join("\n", Directory
        .EnumerateFiles(directory, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(directory, f)} {File.GetLastWriteTimeUtc(f).Ticks} {Convert.ToHexString(File.ReadAllBytes(f))}"));

    /// <summary>The build helpers beside an output folder (staging and previous folders, lock files), by name.</summary>
    public static string[] Helpers(string output)
    {
        var name = Path.GetFileName(output);
        return Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!)
            .Select(p => Path.GetFileName(p)!)
            .Where(n => n.StartsWith($".{name}.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The HTML pages that do not end with their closing tag: a page written in part.</summary>
    public static string[] UnfinishedPages(string output) => Directory
        .EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
        .Where(f => !File.ReadAllText(f).TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
        .Select(f => Path.GetRelativePath(output, f))
        .ToArray();
}
