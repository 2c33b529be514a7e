namespace LegalGen.Output;

/// <summary>
/// A path with every symbolic link along it resolved, so two paths that reach the same folder compare
/// equal however they were written. Parts that do not exist yet are kept as written.
/// </summary>
internal static class RealPath
{
    /// <summary>Links followed before giving up, so a loop of links ends.</summary>
    private const int MaxLinks = 64;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        for (var links = 0; links < MaxLinks; links++)
        {
            var resolved = ResolveFirstLink(full);
            if (resolved is null) return full;
            full = resolved;
        }

        return full;
    }

    /// <summary>The path with its first link (from the root down) replaced by the link's target; null when it has none.</summary>
    private static string? ResolveFirstLink(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            if (LinkTarget(next) is { } target)
            {
                var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                return Path.GetFullPath(Path.Combine(Path.GetFullPath(target, current), rest));
            }

            current = next;
        }

        return null;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
