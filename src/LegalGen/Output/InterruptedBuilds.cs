namespace LegalGen.Output;

/// <summary>
/// Tidies up after builds of the same output that ended without finishing — killed, interrupted, out of
/// power: removes their staging folders and any old site they left beside the output, and when one was
/// interrupted between the two renames of a swap (<see cref="SiteWriter"/> on systems without an exchange:
/// the output missing, the old site beside it), puts the old site back. A running build's folders are left
/// alone: its <see cref="BuildLock"/> cannot be taken while it runs.
/// </summary>
internal static class InterruptedBuilds
{
    /// <summary>Tidies up beside <paramref name="output"/>; the folders that could not be removed, with why.</summary>
    public static IReadOnlyList<LeftoverFolder> Tidy(OutputFolder output)
    {
        var ids = output.BuildIds();
        if (ids.Count == 0) return [];
        if (!Directory.Exists(output.FullPath) && ids.Any(id => Directory.Exists(output.Previous(id)))) RestorePreviousSite(output, ids);

        var leftovers = new List<LeftoverFolder>();
        foreach (var id in ids)
        {
            using var ended = BuildLock.TakeOver(output, id);
            if (ended is null) continue;
            TryDelete(output.Staging(id), leftovers);

            // Never remove the only copy of the site.
            if (Directory.Exists(output.FullPath)) TryDelete(output.Previous(id), leftovers);
        }

        return leftovers;
    }

    /// <summary>Puts back the old site of a build interrupted between its two renames; the newest such site if there are several.</summary>
    private static void RestorePreviousSite(OutputFolder output, IReadOnlyList<string> ids)
    {
        using var swapping = OutputLock.Acquire(output);
        foreach (var id in ids.Where(id => Directory.Exists(output.Previous(id))).OrderByDescending(id => Directory.GetLastWriteTimeUtc(output.Previous(id))))
        {
            if (Directory.Exists(output.FullPath)) return;
            using var ended = BuildLock.TakeOver(output, id);
            if (ended is null) continue;
            try
            {
                Directory.Move(output.Previous(id), output.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left beside the output; the build puts its new site in place anyway.
            }
        }
    }

    /// <summary>Removes a folder; a failure is noted, not raised: the build goes on, and the next one tries again.</summary>
    internal static void TryDelete(string folder, List<LeftoverFolder> leftovers)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another build may have removed it at the same time, which is as good.
            if (Directory.Exists(folder)) leftovers.Add(new LeftoverFolder(folder, FileSystemError.Describe(e, folder).Cause));
        }
    }
}
