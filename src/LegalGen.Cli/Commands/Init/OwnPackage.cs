namespace LegalGen.Cli.Commands.Init;

/// <summary>
/// The package this program was installed from, when it runs as an installed .NET tool: NuGet keeps the package file
/// at the root of the folder it unpacked the tool into (<c>legalgen/0.1.0/legalgen.0.1.0.nupkg</c> beside
/// <c>tools/net10.0/any/</c>, in the package cache for a local tool and in <c>.store</c> for a global one).
/// </summary>
internal static class OwnPackage
{
    /// <summary>The package's path, or null when this program was not installed from one (a build, <c>dotnet run</c>).</summary>
    public static string? Find() => Find(AppContext.BaseDirectory);

    public static string? Find(string programFolder)
    {
        // tools/<framework>/any/ → the package's root.
        var root = new DirectoryInfo(programFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)).Parent?.Parent?.Parent;
        if (root is null || !root.Exists) return null;
        return root.EnumerateFiles("legalgen.*.nupkg").Select(f => f.FullName).FirstOrDefault();
    }
}
