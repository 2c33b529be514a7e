using LegalGen.Import;

namespace LegalGen.Tests.Import;

/// <summary>A content folder to import into, with a site.yml, and the version files an import wrote, read back key by key.</summary>
internal sealed class ImportedSite : IDisposable
{
    public ImportedSite(string defaultLanguage = "en", string languages = "[en, de, pl]")
    {
        Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", "import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Content);
        File.WriteAllText(Path.Combine(Content, "site.yml"), $"title: Legal\ndefault_language: {defaultLanguage}\nlanguages: {languages}\n");
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public ImportResult Import(string repository, string policy, params FileToImport[] files) =>
        HistoryImporter.Import(new ImportRequest(repository, policy, files, Content));

    public ImportResult Import(ImportRequest request) => HistoryImporter.Import(request with { ContentFolder = Content });

    /// <summary>The version files of a policy, by name (<c>2024-01-15.en.md</c>).</summary>
    public IReadOnlyList<string> Files(string policy) => Directory.Exists(Path.Combine(Content, policy))
        ? Directory.EnumerateFiles(Path.Combine(Content, policy), "*.md").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    public string Text(string policy, string file) => File.ReadAllText(Path.Combine(Content, policy, file));

    /// <summary>A front-matter key's value as written (quotes removed), or null when the file does not have it.</summary>
    public string? Key(string policy, string file, string key)
    {
        var frontMatter = Text(policy, file).Split("\n---\n")[0];
        var line = frontMatter.Split('\n').FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return line?[(key.Length + 1)..].Trim().Trim('"');
    }

    /// <summary>The text after the front matter.</summary>
    public string Body(string policy, string file) => Text(policy, file).Split("\n---\n", 2)[1];

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
}
