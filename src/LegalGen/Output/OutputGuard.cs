using LegalGen.Diagnostics;

namespace LegalGen.Output;

/// <summary>
/// Refuses output folders whose replacement would lose someone's work: a file, the file system's root, the
/// content or templates folder, any folder holding them or inside them, the current folder, and a non-empty
/// folder that LegalGen did not write (unless forced). Paths are compared with their symbolic links resolved,
/// so a link to the content folder is refused like the folder itself. A folder inside the templates would
/// also be copied into every next site with the templates' <c>assets/</c>.
/// </summary>
public static class OutputGuard
{
    /// <summary>Null when the output folder is safe to replace, else why not.</summary>
    /// <param name="templates">The templates folder, or null for the built-in templates.</param>
    public static UsageError? Check(string output, string content, string? templates, bool force)
    {
        UsageError Refuse(string problem) => new(problem, UsageInput.OutputFolder, "_site");
        var full = RealPath.Of(output);
        if (File.Exists(full))
            return Refuse($"the output '{output}' is a file, not a folder; choose a folder for the site");
        if (full == Path.GetPathRoot(full))
            return Refuse($"the output folder '{output}' is the root of the file system; choose a folder of its own");

        var target = Normalize(output);
        foreach (var (what, path) in new[] { ("content", content), ("templates", templates), ("current", Environment.CurrentDirectory) })
        {
            if (path is null) continue;
            var protectedPath = Normalize(path);
            if (IsSameOrInside(protectedPath, target))
            {
                return Refuse(what == "current"
                    ? $"the output folder '{output}' would replace the current folder; choose a folder of its own"
                    : $"the output folder '{output}' would replace the {what} folder '{path}'; choose a folder of its own");
            }

            if (what != "current" && IsSameOrInside(target, protectedPath))
                return Refuse($"the output folder '{output}' is inside the {what} folder '{path}'; put it outside");
        }

        if (!force && Directory.Exists(target) && !File.Exists(Path.Combine(target, SiteWriter.MarkerFile))
            && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return new UsageError($"the output folder '{output}' holds files LegalGen did not write; empty it, choose another folder, or replace it anyway",
                [UsageInput.OutputFolder, UsageInput.Force]);
        }

        return null;
    }

    private static string Normalize(string path) => RealPath.Of(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
