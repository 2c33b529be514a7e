using System.Text;

namespace LegalGen.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the output folder, then swaps it in with two renames,
/// so readers and uploads never see a half-written site and a failed build leaves the previous one as it was.
/// </summary>
public sealed class SiteWriter : ISiteOutput
{
    /// <summary>A file LegalGen leaves in every site it writes, so it knows it may replace that folder.</summary>
    public const string MarkerFile = ".legalgen";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private SiteWriter(string output, string staging)
    {
        _output = output;
        StagingDirectory = staging;
    }

    public string StagingDirectory { get; }

    /// <summary>The output folder the site is swapped into on <see cref="Commit"/>.</summary>
    public string OutputDirectory => _output;

    public static SiteWriter Begin(string outputDirectory)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("The output folder has no parent folder.");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        var writer = new SiteWriter(output, staging);
        writer.WriteText(MarkerFile, "This folder was written by LegalGen; the next build replaces it as a whole.\n");
        return writer;
    }

    /// <summary>Writes a text file (UTF-8, no BOM) at a site path such as <c>pl/privacy/index.html</c>.</summary>
    public void WriteText(string sitePath, string content)
    {
        var path = Resolve(sitePath);
        CreateFolderOf(path);
        File.WriteAllText(path, content, Utf8);
    }

    public void CopyFile(string sitePath, string sourceFile)
    {
        var path = Resolve(sitePath);
        CreateFolderOf(path);
        File.Copy(sourceFile, path, overwrite: true);
    }

    /// <summary>Puts the staged site in place of the output folder.</summary>
    public void Commit()
    {
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = Path.Combine(Path.GetDirectoryName(_output)!, $".{Path.GetFileName(_output)}.previous-{Guid.NewGuid():N}");
            Directory.Move(_output, previous);
        }

        try
        {
            Directory.Move(StagingDirectory, _output);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, _output);
            throw;
        }

        _committed = true;
        if (previous is not null) Directory.Delete(previous, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(StagingDirectory)) Directory.Delete(StagingDirectory, recursive: true);
    }

    private void CreateFolderOf(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (_folders.TryAdd(folder, true)) Directory.CreateDirectory(folder);
    }

    /// <summary>Maps a site path into the staging folder; a path that would leave it is a bug, never written.</summary>
    private string Resolve(string sitePath)
    {
        if (sitePath.Length == 0 || Path.IsPathRooted(sitePath) || sitePath.Split('/', '\\').Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"'{sitePath}' is not a path inside the site.", nameof(sitePath));
        var path = Path.GetFullPath(Path.Combine(StagingDirectory, sitePath));
        if (!path.StartsWith(StagingDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{sitePath}' is not a path inside the site.", nameof(sitePath));
        return path;
    }
}
