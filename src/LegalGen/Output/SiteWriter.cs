using System.Text;

namespace LegalGen.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the output folder, then swaps it in with two renames,
/// so readers and uploads never see a half-written site and a failed build leaves the previous one as it was.
/// A file whose bytes are those of the previous site's file at the same path is not written again: the
/// previous file is hard-linked into the staging folder (or, where links are impossible, copied with its
/// modification time), so it keeps its timestamp and a sync of the output uploads only what changed.
/// </summary>
public sealed class SiteWriter : ISiteOutput
{
    /// <summary>A file LegalGen leaves in every site it writes, so it knows it may replace that folder.</summary>
    public const string MarkerFile = ".legalgen";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _output;
    private readonly string? _previous;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private int _reused;
    private bool _committed;

    private SiteWriter(string output, string staging)
    {
        _output = output;
        _previous = Directory.Exists(output) ? output : null;
        StagingDirectory = staging;
    }

    public string StagingDirectory { get; }

    /// <summary>The output folder the site is swapped into on <see cref="Commit"/>.</summary>
    public string OutputDirectory => _output;

    /// <summary>How many files were taken over unchanged from the previous site rather than written.</summary>
    public int ReusedFiles => _reused;

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
    public void WriteText(string sitePath, string content) => WriteBytes(sitePath, Utf8.GetBytes(content));

    /// <summary>Writes a file at a site path, or takes the previous site's file when it holds the same bytes.</summary>
    public void WriteBytes(string sitePath, byte[] bytes)
    {
        var path = Resolve(sitePath);
        CreateFolderOf(path);

        // A file written twice must never be written through a link into the previous site.
        if (!_written.TryAdd(path, true)) File.Delete(path);
        if (TryReuse(sitePath, path, bytes))
        {
            Interlocked.Increment(ref _reused);
            return;
        }

        File.WriteAllBytes(path, bytes);
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

    /// <summary>Links (or copies, keeping its time) the previous site's file at <paramref name="sitePath"/> when its bytes are <paramref name="bytes"/>.</summary>
    private bool TryReuse(string sitePath, string path, byte[] bytes)
    {
        if (_previous is null) return false;
        var previous = Path.Combine(_previous, sitePath);
        var info = new FileInfo(previous);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint) || info.Length != bytes.Length || !HasBytes(previous, bytes)) return false;
        if (HardLink.TryCreate(previous, path)) return true;

        File.Copy(previous, path);
        File.SetLastWriteTimeUtc(path, info.LastWriteTimeUtc);
        return true;
    }

    private static bool HasBytes(string file, byte[] bytes)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 16) + 1);
            try
            {
                var offset = 0;
                int read;
                while ((read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset + 1))) > 0)
                {
                    if (offset + read > bytes.Length || !buffer.AsSpan(0, read).SequenceEqual(bytes.AsSpan(offset, read))) return false;
                    offset += read;
                }

                return offset == bytes.Length;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
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
