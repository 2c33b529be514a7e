using LegalGen.Scaffolding;

namespace LegalGen.Cli;

/// <summary>
/// The starter's files, carried in the program as resources named <c>starter/&lt;path&gt;</c> (the folder <c>Starter/</c>
/// of this project, see LegalGen.Cli.csproj): one copy of each, the CI workflow among them.
/// </summary>
internal sealed class StarterResources : IStarterResources
{
    public const string Prefix = "starter/";

    public string Text(string path) => Read(Prefix + path)
        ?? throw new InvalidOperationException($"the starter's file '{path}' is not built into LegalGen");

    public string? Example(string language) => Read($"{Prefix}examples/{StarterRepository.ExamplePolicy}.{language}.md");

    private static string? Read(string name)
    {
        using var stream = typeof(StarterResources).Assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false));
        return reader.ReadToEnd();
    }
}
