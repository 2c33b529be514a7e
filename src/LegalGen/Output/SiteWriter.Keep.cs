namespace LegalGen.Output;

public sealed partial class SiteWriter
{
    /// <summary>A file this build wrote at <paramref name="sitePath"/>, or inside it as a folder; null when none.</summary>
    public string? WrittenAtOrIn(string sitePath)
    {
        var path = Resolve(sitePath);
        if (_written.ContainsKey(path)) return sitePath;
        var inside = path + Path.DirectorySeparatorChar;
        var first = _written.Keys.Where(k => k.StartsWith(inside, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        var written = first is null ? null : SitePathOf(first);
        return ReusedAtOrIn(sitePath) is { } reused && (written is null || string.CompareOrdinal(reused, written) < 0) ? reused : written;
    }

    /// <summary>
    /// Carries the previous site's file at <paramref name="sitePath"/> — every file in it, if it is a folder —
    /// into the new site, except where the build wrote its own: files the user keeps in the output, such as
    /// <c>CNAME</c>. Each is hard-linked (or copied with its time), before the swap, so it is there at every instant.
    /// </summary>
    public void CarryOver(string sitePath)
    {
        if (_previous is null) return;
        var from = Resolve(_previous, sitePath);
        OutputFaultException.Guard(_output, () => Carry(from, Resolve(sitePath)));
    }

    private void Carry(string from, string to)
    {
        var info = new FileInfo(from);
        if (info.LinkTarget is { } target)
        {
            if (IsFree(to)) File.CreateSymbolicLink(ReadyFolderFor(to), target);
        }
        else if (info.Exists)
        {
            if (IsFree(to)) LinkOrCopy(info, ReadyFolderFor(to));
        }
        else if (Directory.Exists(from))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(from).Order(StringComparer.Ordinal))
                Carry(entry, Path.Combine(to, Path.GetFileName(entry)));
        }
    }

    /// <summary>True when the build put nothing at <paramref name="path"/> nor a file at any folder above it.</summary>
    private bool IsFree(string path)
    {
        if (Path.Exists(path)) return false;
        for (var folder = Path.GetDirectoryName(path)!; folder.Length > StagingDirectory.Length; folder = Path.GetDirectoryName(folder)!)
            if (File.Exists(folder)) return false;
        return true;
    }

    private string ReadyFolderFor(string path)
    {
        Unshare(path);
        CreateFolderOf(path);
        return path;
    }
}
