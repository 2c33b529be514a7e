using System.Globalization;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Rendering;

namespace LegalGen.Scaffolding;

/// <summary>
/// <c>legalgen init</c>: a repository for legal editors, ready to build with <c>--strict</c> — <c>content/site.yml</c>, an
/// example privacy policy in each language (the first binding), the CI workflow, a README for editors, a pre-commit hook,
/// <c>.gitignore</c>, the tool pinned in <c>dotnet-tools.json</c> and restored from a folder feed (<c>nuget.config</c>,
/// <c>packages/</c>, which holds the tool's own package when the program can give it), and Pagefind pinned in <c>package.json</c> and <c>package-lock.json</c> (what the workflow's <c>npm ci</c> installs).
/// The program gives the files that do not depend on the languages (<see cref="IStarterResources"/>).
/// </summary>
public static class StarterRepository
{
    /// <summary>The example policy's folder.</summary>
    public const string ExamplePolicy = "privacy";

    /// <summary>The languages' files, or a usage error naming a language LegalGen cannot build a site in.</summary>
    public static (IReadOnlyList<StarterFile>? Files, UsageError? Error) Files(
        IReadOnlyList<string> languages, DateOnly date, string toolVersion, IStarterResources resources, byte[]? toolPackage = null)
    {
        if (languages.Count == 0) return (null, new UsageError("no language was given; name at least one, the binding language first", UsageInput.Languages, "pl,en"));
        foreach (var language in languages)
        {
            if (!LanguageTag.IsValid(language))
                return (null, new UsageError($"'{language}' is not a language tag (BCP 47, e.g. 'pl', 'en', 'pt-BR')", UsageInput.Languages, "pl,en"));
            if (!TemplateSource.BuiltIn.Exists($"i18n/{language}.yml"))
                return (null, new UsageError($"LegalGen's interface has no strings in '{language}'; the built-in languages are {string.Join(", ", BuiltInLanguages())}", UsageInput.Languages, "pl,en"));
        }

        var duplicate = languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return (null, new UsageError($"'{duplicate.Key}' is named twice", UsageInput.Languages, "pl,en"));

        var binding = languages[0];
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var files = new List<StarterFile>
        {
            StarterFile.Text("content/site.yml", SiteYml(languages)),
        };
        foreach (var language in languages)
            files.Add(StarterFile.Text($"content/{ExamplePolicy}/{day}.{language}.md", resources.Example(language) ?? resources.Example("en")!));
        files.Add(StarterFile.Text("README.md", resources.Text("README.md")
            .Replace("{{languages}}", string.Join(", ", languages), StringComparison.Ordinal)
            .Replace("{{binding_language}}", binding, StringComparison.Ordinal)));
        files.Add(StarterFile.Text(".github/workflows/legal.yml", resources.Text(".github/workflows/legal.yml")));
        files.Add(StarterFile.Text(".githooks/pre-commit", resources.Text(".githooks/pre-commit"), executable: true));
        files.Add(StarterFile.Text(".gitignore", resources.Text(".gitignore")));
        files.Add(StarterFile.Text("package.json", resources.Text("package.json")));
        files.Add(StarterFile.Text("package-lock.json", resources.Text("package-lock.json")));
        files.Add(StarterFile.Text("dotnet-tools.json", ToolManifest(toolVersion)));
        files.Add(StarterFile.Text("nuget.config", NuGetConfig));
        if (toolPackage is not null) files.Add(new StarterFile($"{PackageFolder}/{PackageFileName(toolVersion)}", toolPackage));
        return (files, null);
    }

    /// <summary>The folder feed, in the repository, that <c>dotnet tool restore</c> installs LegalGen from.</summary>
    public const string PackageFolder = "packages";

    /// <summary>The tool package's file name in the folder feed.</summary>
    public static string PackageFileName(string toolVersion) => $"LegalGen.{toolVersion.Split('+')[0]}.nupkg";

    /// <summary>The folder feed beside the public ones: a relative folder is read from where nuget.config is, on every machine.</summary>
    private const string NuGetConfig =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<!-- dotnet tool restore installs LegalGen (pinned in dotnet-tools.json) from packages/, a folder feed kept in this repository. -->\n"
        + "<configuration>\n  <packageSources>\n    <add key=\"legalgen\" value=\"packages\" />\n  </packageSources>\n</configuration>\n";

    /// <summary>The languages LegalGen's interface speaks, sorted.</summary>
    public static IEnumerable<string> BuiltInLanguages() =>
        TemplateSource.BuiltIn.EnumerateFiles("i18n").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal);

    private static string SiteYml(IReadOnlyList<string> languages) =>
        "# The site's settings: see https://github.com/legalgen/legalgen/blob/main/docs/content.md#siteyml\n"
        + "title: Example legal documents        # or one per language: { en: \"…\", pl: \"…\" }\n"
        + "# base_url: https://legal.example.com/   # optional: the address the site is published at, for feeds, sitemap.xml and canonical links\n"
        + $"default_language: {languages[0]}                 # the binding language: every version is written in it first\n"
        + $"languages: [{string.Join(", ", languages)}]\n";

    /// <summary>The tool pinned where .NET 10 looks for it (the repository's root), so <c>dotnet tool restore</c> installs it.</summary>
    private static string ToolManifest(string toolVersion)
    {
        var version = toolVersion.Split('+')[0];
        return "{\n  \"version\": 1,\n  \"isRoot\": true,\n  \"tools\": {\n    \"legalgen\": {\n"
            + $"      \"version\": \"{version}\",\n      \"commands\": [\n        \"legalgen\"\n      ],\n      \"rollForward\": false\n    }}\n  }}\n}}\n";
    }
}
