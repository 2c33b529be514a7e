using System.Collections.Concurrent;

namespace LegalGen.Output;

public sealed partial class SiteWriter
{
    /// <summary>Folders of this site that are an earlier site's (full path in the staging folder → the earlier site's folder).</summary>
    private readonly ConcurrentDictionary<string, string> _shared = new(StringComparer.Ordinal);
    private readonly Lock _unsharing = new();

    /// <summary>
    /// Takes the file or folder at <paramref name="sitePath"/> from the site in <paramref name="fromSite"/>, an earlier
    /// build's, as it is — for pages whose inputs did not change — instead of writing it again. A file is hard-linked (or
    /// copied with its time). A folder is a symbolic link to that folder where the system allows one, else a copy of every
    /// file in it, each hard-linked; with a link the earlier site must stay where it is for as long as this one is used, as
    /// the folders of <c>serve</c> do. A later write inside the folder first makes it this site's own (a copy), so an earlier
    /// site is never written to.
    /// </summary>
    /// <returns>False when the earlier site has nothing there (nothing is taken).</returns>
    public bool Reuse(string sitePath, string fromSite)
    {
        var path = Resolve(sitePath);
        var from = Resolve(RealPath.Of(fromSite).TrimEnd(Path.DirectorySeparatorChar), sitePath);
        return OutputFaultException.Guard(_output, () =>
        {
            var file = new FileInfo(from);
            if (file.Exists && file.LinkTarget is null)
            {
                Unshare(path);
                CreateFolderOf(path);
                if (!_written.TryAdd(path, true)) File.Delete(path);
                LinkOrCopy(file, path);
                return true;
            }

            if (!Directory.Exists(from)) return false;
            Unshare(path);
            CreateFolderOf(path);
            if (_linkFolders && TryLinkFolder(from, path)) _shared[path] = from;
            else CopyFolder(from, path);
            return true;
        });
    }

    private static bool TryLinkFolder(string from, string path)
    {
        try
        {
            Directory.CreateSymbolicLink(path, Path.GetRelativePath(Path.GetDirectoryName(path)!, from));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Every file of <paramref name="from"/> at the same place under <paramref name="to"/>, hard-linked, and noted as written.</summary>
    private void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        _folders.TryAdd(to, true);
        foreach (var entry in Directory.EnumerateFileSystemEntries(from).Order(StringComparer.Ordinal))
        {
            var target = Path.Combine(to, Path.GetFileName(entry));
            if (Directory.Exists(entry)) CopyFolder(entry, target);
            else
            {
                LinkOrCopy(new FileInfo(entry), target);

                // Written through a hard link, the earlier site's file would change: a later write replaces it instead.
                _written.TryAdd(target, true);
            }
        }
    }

    /// <summary>When <paramref name="path"/> is inside a folder taken from an earlier site, makes that folder this site's own before anything is put there.</summary>
    private void Unshare(string path)
    {
        if (_shared.IsEmpty) return;
        lock (_unsharing)
        {
            for (var folder = path; folder.Length > StagingDirectory.Length; folder = Path.GetDirectoryName(folder)!)
            {
                if (!_shared.TryRemove(folder, out var from)) continue;
                Directory.Delete(folder);
                CopyFolder(from, folder);
                return;
            }
        }
    }

    /// <summary>The first file (in ordinal order of site paths) at or inside <paramref name="sitePath"/> in the folders taken from earlier sites.</summary>
    private string? ReusedAtOrIn(string sitePath)
    {
        var path = Resolve(sitePath);
        string? first = null;
        foreach (var (folder, from) in _shared)
        {
            string? found = null;
            if (path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                var inEarlier = from + path[folder.Length..];
                found = File.Exists(inEarlier) ? path
                    : Directory.Exists(inEarlier) ? FirstFile(inEarlier) is { } file ? folder + file[from.Length..] : null
                    : null;
            }
            else if (folder.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                found = FirstFile(from) is { } file ? folder + file[from.Length..] : null;
            }

            if (found is not null && (first is null || string.CompareOrdinal(SitePathOf(found), SitePathOf(first)) < 0)) first = found;
        }

        return first is null ? null : SitePathOf(first);
    }

    private static string? FirstFile(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => (File: f, Site: Path.GetRelativePath(folder, f).Replace('\\', '/')))
        .OrderBy(f => f.Site, StringComparer.Ordinal)
        .Select(f => f.File)
        .FirstOrDefault();

    private string SitePathOf(string path) => Path.GetRelativePath(StagingDirectory, path).Replace('\\', '/');
}
