namespace LegalGen.Cli;

/// <summary>
/// Where the in-browser comparison's engine is: beside the CLI's binaries, where its build puts it
/// (<c>CompareEngine.targets</c>) and the tool package carries it. Every build hands it to the core, which copies it into
/// the site once (<see cref="LegalGen.Build.BuildOptions.CompareEngineDirectory"/>).
/// </summary>
internal static class CompareEngine
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "compare-engine", "_framework");
}
