using System.Runtime.InteropServices;
using LegalGen.Diagnostics;

namespace LegalGen.Search;

/// <summary>
/// Finds the Pagefind program a build indexes the site with, in this order: the one the caller names; the one
/// <c>LEGALGEN_PAGEFIND</c> names; npm's, in <c>node_modules</c> of the working folder or of a folder above it (as
/// <c>npx</c> finds it — a repository that pins Pagefind in its <c>package.json</c> gets that version); then
/// <c>pagefind_extended</c> or <c>pagefind</c> on <c>PATH</c>. From <c>node_modules</c> it takes npm's platform binary
/// itself (<c>@pagefind/linux-x64/bin/pagefind_extended</c>), so no Node is needed to run it, and only where that is
/// missing npm's wrapper script (<c>.bin/pagefind</c>). The extended binary is preferred: it also splits Chinese and
/// Japanese text into words.
/// </summary>
public static class PagefindLocator
{
    /// <summary>The environment variable that names the Pagefind program.</summary>
    public const string Variable = "LEGALGEN_PAGEFIND";

    private static readonly string[] Names = ["pagefind_extended", "pagefind"];

    /// <param name="given">The program the caller names, or null.</param>
    /// <param name="environment">The process's environment variables (<c>LEGALGEN_PAGEFIND</c>, <c>PATH</c>).</param>
    /// <param name="workingDirectory">The folder the build runs in.</param>
    public static PagefindLookup Find(string? given, Func<string, string?> environment, string workingDirectory)
    {
        if (!string.IsNullOrEmpty(given)) return Named(given, "named for this build", $"the Pagefind program '{given}' does not exist; name the pagefind or pagefind_extended program");
        if (environment(Variable) is { Length: > 0 } variable)
            return Named(variable, $"named by {Variable}", $"the Pagefind program '{variable}' named by the environment variable {Variable} does not exist; correct or unset {Variable}");

        var looked = new List<string>();
        for (var folder = new DirectoryInfo(Path.GetFullPath(workingDirectory)); folder is not null; folder = folder.Parent)
        {
            var modules = Path.Combine(folder.FullName, "node_modules");
            if (!Directory.Exists(modules)) continue;
            looked.Add(modules);
            if (FromNodeModules(modules) is { } program) return new PagefindLookup(program, $"found in '{modules}'", looked);
        }

        looked.Add("PATH");
        foreach (var folder in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(folder, name + Executable);
                if (IsFile(candidate)) return new PagefindLookup(Path.GetFullPath(candidate), "found on PATH", looked);
            }
        }

        return new PagefindLookup(null, null, looked);
    }

    /// <summary>npm's Pagefind in a <c>node_modules</c> folder: the platform's binary, else the wrapper script.</summary>
    private static string? FromNodeModules(string modules)
    {
        var platform = Path.Combine(modules, "@pagefind", $"{Os}-{Architecture}", "bin");
        foreach (var name in Names)
        {
            var binary = Path.Combine(platform, name + Executable);
            if (IsFile(binary)) return binary;
        }

        var wrapper = Path.Combine(modules, ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
        return IsFile(wrapper) ? wrapper : null;
    }

    private static PagefindLookup Named(string path, string foundBy, string missing)
    {
        var full = Path.GetFullPath(path);
        return IsFile(full)
            ? new PagefindLookup(full, foundBy, [])
            : new PagefindLookup(null, null, [], new UsageError(missing, UsageInput.Pagefind));
    }

    private static bool IsFile(string path) => File.Exists(path);

    private static string Executable => OperatingSystem.IsWindows() ? ".exe" : "";

    /// <summary>The operating system as npm's Pagefind packages name it.</summary>
    private static string Os =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";

    private static string Architecture => RuntimeInformation.OSArchitecture switch
    {
        System.Runtime.InteropServices.Architecture.Arm64 => "arm64",
        _ => "x64",
    };
}
