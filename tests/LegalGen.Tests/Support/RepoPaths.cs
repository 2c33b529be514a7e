namespace LegalGen.Tests.Support;

/// <summary>Folders of this repository, found from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string SampleContent => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LegalGen.sln"))) return dir.FullName;
        throw new InvalidOperationException("LegalGen.sln not found above " + AppContext.BaseDirectory);
    }
}
