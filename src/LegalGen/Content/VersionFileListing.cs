using LegalGen.Model;

namespace LegalGen.Content;

/// <summary>A policy folder's version files, known by their names alone (nothing is read or validated).</summary>
internal static class VersionFileListing
{
    /// <summary>Files named <c>&lt;date&gt;.&lt;language&gt;.md</c> in one of the site's languages, by date then language.</summary>
    public static IReadOnlyList<ListedVersionFile> Of(string contentDirectory, string policy, SiteSettings settings)
    {
        var folder = Path.Combine(contentDirectory, policy);
        if (!Directory.Exists(folder)) return [];
        var files = new List<ListedVersionFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.md"))
        {
            var fileName = Path.GetFileName(path);
            if (VersionFileName.TryParse(fileName, out _) is not { } name) continue;
            var language = settings.Languages.FirstOrDefault(l => l.Equals(name.Language, StringComparison.OrdinalIgnoreCase));
            if (language is not null) files.Add(new ListedVersionFile(policy + "/" + fileName, name.Date, language));
        }

        return files.OrderBy(f => f.Date).ThenBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The policies of the content folder: its folders with at least one version file.</summary>
    public static IReadOnlyList<string> Policies(string contentDirectory, SiteSettings settings) => Directory
        .EnumerateDirectories(contentDirectory)
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => PolicySlug.IsValid(name) && Of(contentDirectory, name, settings).Count > 0)
        .Order(StringComparer.Ordinal)
        .ToList();
}
