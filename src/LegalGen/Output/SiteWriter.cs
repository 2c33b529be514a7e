using System.Collections.Concurrent;
using System.Text;

namespace LegalGen.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the output folder, then puts it in place of the output
/// in one step (<see cref="Commit"/>), so readers and uploads never see a half-written site, a failed or
/// killed build leaves the previous one as it was, and there is a site at every instant.
/// A file whose bytes are those of the previous site's file at the same path is not written again: the
/// previous file is hard-linked into the staging folder (or, where links are impossible, copied with its
/// modification time), so it keeps its timestamp and a sync of the output uploads only what changed.
/// Every file-system failure is raised as an <see cref="OutputFaultException"/>.
/// </summary>
public sealed partial class SiteWriter : ISiteOutput
{
    /// <summary>A file LegalGen leaves in every site it writes, so it knows it may replace that folder.</summary>
    public const string MarkerFile = ".legalgen";

    /// <summary>The marker's first line, for people; what a build records for the next one follows it.</summary>
    public const string MarkerSentence = "This folder was written by LegalGen; the next build replaces it as a whole.";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly OutputFolder _output;
    private readonly BuildLock _lock;
    private readonly bool _exchange;
    private readonly bool _linkFolders;
    private readonly string? _previous;
    private readonly List<LeftoverFolder> _leftovers;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private int _reused;
    private bool _committed;

    private SiteWriter(OutputFolder output, BuildLock buildLock, bool exchange, bool linkFolders, IReadOnlyList<LeftoverFolder> leftovers)
    {
        _output = output;
        _lock = buildLock;
        _exchange = exchange;
        _linkFolders = linkFolders;
        _previous = Directory.Exists(output.FullPath) ? output.FullPath : null;
        _leftovers = [.. leftovers];
        StagingDirectory = output.Staging(buildLock.Id);
    }

    public string StagingDirectory { get; }

    public string? Folder => StagingDirectory;

    /// <summary>The output folder the site is put in on <see cref="Commit"/>, as it was named.</summary>
    public string OutputDirectory => _output.Given;

    /// <summary>How many files were taken over unchanged from the previous site rather than written.</summary>
    public int ReusedFiles => _reused;

    /// <summary>
    /// Starts a site for <paramref name="outputDirectory"/>: tidies up after interrupted builds of it, then
    /// makes the staging folder.
    /// </summary>
    public static SiteWriter Begin(string outputDirectory) => Begin(outputDirectory, exchange: true, linkFolders: true);

    /// <summary>
    /// Starts a site as <see cref="Begin(string)"/> does; with <paramref name="linkFolders"/> false, a folder taken from an
    /// earlier site (<see cref="Reuse"/>) is a copy of its files, each hard-linked, never a symbolic link to it — for a site
    /// that a program reads whole before it is put in place (the search indexer does not follow links to folders).
    /// </summary>
    public static SiteWriter Begin(string outputDirectory, bool linkFolders) => Begin(outputDirectory, exchange: true, linkFolders);

    /// <param name="exchange">False to swap with two renames even where the system can exchange two folders (for tests of that path).</param>
    internal static SiteWriter Begin(string outputDirectory, bool exchange, bool linkFolders = true)
    {
        var output = OutputFolder.For(outputDirectory);
        OutputFaultException.Guard(output, () => Directory.CreateDirectory(output.Parent));
        var buildLock = OutputFaultException.Guard(output, () => BuildLock.Create(output));
        try
        {
            var leftovers = InterruptedBuilds.Tidy(output);
            var writer = new SiteWriter(output, buildLock, exchange, linkFolders, leftovers);
            OutputFaultException.Guard(output, () => Directory.CreateDirectory(writer.StagingDirectory));
            writer.WriteText(MarkerFile, MarkerSentence + "\n");
            return writer;
        }
        catch
        {
            TryDelete(output.Staging(buildLock.Id));
            buildLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Tidies up after interrupted builds of <paramref name="outputDirectory"/>, as <see cref="Begin(string)"/> does, for a
    /// build that has nothing to write; returns the folders that could not be removed.
    /// </summary>
    public static IReadOnlyList<LeftoverFolder> TidyUp(string outputDirectory)
    {
        var output = OutputFolder.For(outputDirectory);
        if (output.BuildIds().Count == 0) return [];
        using var buildLock = OutputFaultException.Guard(output, () => BuildLock.Create(output));
        return InterruptedBuilds.Tidy(output);
    }

    /// <summary>Writes a text file (UTF-8, no BOM) at a site path such as <c>pl/privacy/index.html</c>.</summary>
    public void WriteText(string sitePath, string content) => WriteBytes(sitePath, Utf8.GetBytes(content));

    /// <summary>Writes a file at a site path, or takes the previous site's file when it holds the same bytes.</summary>
    public void WriteBytes(string sitePath, byte[] bytes)
    {
        var path = Resolve(sitePath);
        OutputFaultException.Guard(_output, () =>
        {
            Unshare(path);
            CreateFolderOf(path);

            // A file written twice must never be written through a link into the previous site.
            if (!_written.TryAdd(path, true)) File.Delete(path);
            if (TryReuse(sitePath, path, bytes))
            {
                Interlocked.Increment(ref _reused);
                return;
            }

            File.WriteAllBytes(path, bytes);
        });
    }

    public void Adopt(string sitePath)
    {
        var root = Resolve(sitePath);
        OutputFaultException.Guard(_output, () =>
        {
            var files = File.Exists(root) ? [root] : Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToList() : [];
            foreach (var file in files)
            {
                _written.TryAdd(file, true);
                _folders.TryAdd(Path.GetDirectoryName(file)!, true);
                if (_previous is null) continue;
                var previous = new FileInfo(Path.Combine(_previous, Path.GetRelativePath(StagingDirectory, file)));
                if (!previous.Exists || previous.Attributes.HasFlag(FileAttributes.ReparsePoint) || previous.Length != new FileInfo(file).Length) continue;
                if (!HasBytes(previous.FullName, File.ReadAllBytes(file))) continue;
                File.Delete(file);
                LinkOrCopy(previous, file);
                Interlocked.Increment(ref _reused);
            }
        });
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(StagingDirectory);
        _lock.Dispose();
    }

    /// <summary>Links (or copies, keeping its time) the previous site's file at <paramref name="sitePath"/> when its bytes are <paramref name="bytes"/>.</summary>
    private bool TryReuse(string sitePath, string path, byte[] bytes)
    {
        if (_previous is null) return false;
        var previous = Path.Combine(_previous, sitePath);
        var info = new FileInfo(previous);
        if (!info.Exists || info.Attributes.HasFlag(FileAttributes.ReparsePoint) || info.Length != bytes.Length || !HasBytes(previous, bytes)) return false;
        LinkOrCopy(info, path);
        return true;
    }

    /// <summary>A hard link to <paramref name="from"/> at <paramref name="path"/>, or a copy with its modification time.</summary>
    private static void LinkOrCopy(FileInfo from, string path)
    {
        if (HardLink.TryCreate(from.FullName, path)) return;
        File.Copy(from.FullName, path);
        File.SetLastWriteTimeUtc(path, from.LastWriteTimeUtc);
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
        // Noted only once made: a page written beside another at the same time must not find the folder noted and missing.
        _folders.GetOrAdd(folder, static f =>
        {
            Directory.CreateDirectory(f);
            return true;
        });
    }

    /// <summary>Maps a site path into the staging folder; a path that would leave it is a bug, never written.</summary>
    private string Resolve(string sitePath) => Resolve(StagingDirectory, sitePath);

    private static string Resolve(string root, string sitePath)
    {
        if (sitePath.Length == 0 || Path.IsPathRooted(sitePath) || sitePath.Split('/', '\\').Any(s => s is "" or "." or ".."))
            throw new ArgumentException($"'{sitePath}' is not a path inside the site.", nameof(sitePath));
        var path = Path.GetFullPath(Path.Combine(root, sitePath));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{sitePath}' is not a path inside the site.", nameof(sitePath));
        return path;
    }

    /// <summary>Removes a folder if it can; what remains is removed by the next build.</summary>
    private static void TryDelete(string folder) => InterruptedBuilds.TryDelete(folder, []);
}
