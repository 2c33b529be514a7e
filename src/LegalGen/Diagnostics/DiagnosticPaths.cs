namespace LegalGen.Diagnostics;

/// <summary>
/// Where a diagnostic's file is. Content diagnostics name files relative to the content folder (what an
/// editor recognises); template diagnostics, and a missing content folder, name them from the current folder.
/// </summary>
public static class DiagnosticPaths
{
    public static bool IsFromCurrentFolder(Diagnostic diagnostic) =>
        diagnostic.Code is DiagnosticCodes.Template or DiagnosticCodes.ContentFolderMissing;

    /// <summary>The file's path from the current folder, forward slashes: <c>content/privacy/2024-01-15.pl.md</c>.</summary>
    public static string FromCurrentFolder(Diagnostic diagnostic, string contentDirectory)
    {
        var file = diagnostic.Location.File;
        var path = IsFromCurrentFolder(diagnostic) || Path.IsPathRooted(file)
            ? file
            : Path.Join(contentDirectory.TrimEnd('/', '\\'), file);
        path = path.Replace('\\', '/');
        return path.StartsWith("./", StringComparison.Ordinal) && path.Length > 2 ? path[2..] : path;
    }
}
