using LegalGen.Diagnostics;
using LegalGen.Pdf;

namespace LegalGen.Cli.Pdf;

/// <summary>
/// Finds the Chromium (or Google Chrome) that prints a site's PDFs: the one given with <c>--pdf-browser</c>, else the one
/// named by <see cref="EnvironmentVariable"/>, else the first installed where browsers are — the usual commands on the
/// PATH, then the usual places of each system. LegalGen never downloads a browser.
/// </summary>
internal static class BrowserLocator
{
    public const string EnvironmentVariable = "LEGALGEN_BROWSER";

    /// <summary>The commands a Chromium or Chrome is installed as, most likely first.</summary>
    private static readonly string[] Commands = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The environment variables naming the folders programs are installed in on Windows.</summary>
    private static readonly string[] WindowsProgramFolders = ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"];

    public static BrowserSearch Find(string? given) =>
        Find(given, Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetEnvironmentVariable("PATH"), UsualPlaces());

    /// <param name="given">The path or command given on the command line, or null.</param>
    /// <param name="fromEnvironment">The value of <see cref="EnvironmentVariable"/>, or null.</param>
    /// <param name="searchPath">The PATH to look for commands in.</param>
    /// <param name="usualPlaces">Where browsers are installed outside the PATH (macOS applications, Windows program folders, snaps).</param>
    public static BrowserSearch Find(string? given, string? fromEnvironment, string? searchPath, IReadOnlyList<string> usualPlaces)
    {
        var folders = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!string.IsNullOrWhiteSpace(given)) return Named(given, "--pdf-browser", folders);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Named(fromEnvironment, EnvironmentVariable, folders);

        var candidates = folders.SelectMany(folder => Commands.SelectMany(command => Executables(folder, command))).Concat(usualPlaces).ToList();
        var lookedAt = Commands.Select(c => $"{c} on the PATH").Concat(usualPlaces).ToList();
        return new BrowserSearch(candidates.FirstOrDefault(IsExecutable), lookedAt);
    }

    /// <summary>The error to show when <paramref name="search"/> found nothing (LG090): what was looked for, and how to give LegalGen a browser.</summary>
    public static PdfFailure NotFound(BrowserSearch search)
    {
        if (search.Given is var (value, source))
        {
            var what = Directory.Exists(value) ? "is a folder, not a program"
                : File.Exists(value) ? "is not executable"
                : value.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || value.Contains('/', StringComparison.Ordinal) ? "does not exist"
                : "is not a command on the PATH";
            return new PdfFailure(DiagnosticCodes.PdfBrowserNotFound,
                $"cannot make PDFs: the browser '{value}' ({source}) {what}",
                $"give the path of a Chromium or Google Chrome program (such as /usr/bin/chromium) with --pdf-browser or {EnvironmentVariable}, or neither to use one installed in the usual places");
        }

        return new PdfFailure(DiagnosticCodes.PdfBrowserNotFound,
            $"cannot make PDFs: no Chromium or Google Chrome found; looked for {string.Join(", ", search.LookedAt)}",
            $"install Chromium (Debian, Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; Windows: install Google Chrome), or give the path of one with --pdf-browser PATH or the {EnvironmentVariable} environment variable");
    }

    private static BrowserSearch Named(string value, string source, string[] folders)
    {
        var candidates = Path.IsPathRooted(value) || value.Contains('/', StringComparison.Ordinal) || value.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? [Path.GetFullPath(value)]
            : folders.SelectMany(folder => Executables(folder, value)).ToList();
        return new BrowserSearch(candidates.FirstOrDefault(IsExecutable), [value], (value, source));
    }

    /// <summary>A command's file in a folder of the PATH: on Windows with each of its executable extensions.</summary>
    private static IEnumerable<string> Executables(string folder, string command) =>
        OperatingSystem.IsWindows()
            ? [Path.Combine(folder, command + ".exe"), Path.Combine(folder, command)]
            : [Path.Combine(folder, command)];

    private static bool IsExecutable(string path)
    {
        try
        {
            if (!File.Exists(path)) return false;
            return OperatingSystem.IsWindows()
                || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Where Chromium and Chrome are installed outside the PATH, on this system.</summary>
    private static IReadOnlyList<string> UsualPlaces()
    {
        if (OperatingSystem.IsMacOS())
        {
            return
            [
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            ];
        }

        if (OperatingSystem.IsWindows())
        {
            return [.. WindowsProgramFolders
                .Select(Environment.GetEnvironmentVariable)
                .OfType<string>()
                .SelectMany(root => new[]
                {
                    Path.Combine(root, "Chromium", "Application", "chrome.exe"),
                    Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe"),
                })];
        }

        return ["/snap/bin/chromium"];
    }
}
