namespace LegalGen.Tests.Support;

/// <summary>
/// A copy of this repository's sample content in a temporary folder laid out as a user's repository —
/// <c>content/</c>, and <c>templates/</c> when asked for — to run commands in as a user would.
/// </summary>
internal sealed class SampleRepository : IDisposable
{
    public SampleRepository(bool withTemplates)
    {
        Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "repo-" + Guid.NewGuid().ToString("N"));
        CopyFolder(RepoPaths.SampleContent, Content);
        if (withTemplates) CopyFolder(RepoPaths.Templates, Templates);
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Templates => Path.Combine(Root, "templates");

    public string Site => Path.Combine(Root, "_site");

    public ToolProcess.Result Run(params string[] arguments) => CliProcess.Run(Root, arguments, ("SOURCE_DATE_EPOCH", "1767225600"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
