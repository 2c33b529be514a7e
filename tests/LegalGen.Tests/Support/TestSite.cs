using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LegalGen.Build;
using LegalGen.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>
/// A content tree written inline into a temporary folder, built with the repository's templates, with
/// helpers to read the output pages — the Hugo way of testing a site generator.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string DefaultSiteYml = """
        title: { pl: "Dokumenty", en: "Documents" }
        base_url: https://legal.example.com/
        default_language: pl
        languages: [pl, en]
        """;

    public TestSite(string? siteYml = DefaultSiteYml)
    {
        Root = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"));
        OutputDirectory = Path.Combine(Root, "_site");
        Directory.CreateDirectory(ContentDirectory);
        if (siteYml is not null) Write("site.yml", siteYml);
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    /// <summary>Where the site is built: <c>_site</c> beside the content, unless a test puts it elsewhere.</summary>
    public string OutputDirectory { get; set; }

    /// <summary>The templates folder; null for the built-in templates (the tests run where there is no templates folder).</summary>
    public string? TemplatesDirectory { get; set; } = RepoPaths.Templates;

    /// <summary>What prints the version pages' PDFs; null for a site without PDFs.</summary>
    public LegalGen.Pdf.IPdfPrinter? PdfPrinter { get; set; }

    /// <summary>What indexes the site for search; null (the default) for a site without search.</summary>
    public LegalGen.Search.SearchIndexer? Search { get; set; }

    public TestSite Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a version file with the given front matter lines and body.</summary>
    public TestSite Version(string relativePath, string frontMatter, string body = "Text.\n") =>
        Write(relativePath, $"---\n{frontMatter.TrimEnd('\n')}\n---\n{body}");

    /// <summary>Copies the repository's templates into this site's folder, to change them in a test.</summary>
    public TestSite UseCopyOfTemplates()
    {
        var target = Path.Combine(Root, "templates");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        TemplatesDirectory = target;
        return this;
    }

    /// <param name="rebuild">Build even when nothing changed since the last build (which otherwise only says so).</param>
    public BuildResult Build(string asOf = "2026-01-01", bool strict = false, bool drafts = false, IProgress<BuildProgress>? progress = null, bool rebuild = false) =>
        SiteBuilder.Build(Options(asOf, strict, drafts) with { Rebuild = rebuild }, progress);

    public BuildResult Check(string asOf = "2026-01-01", bool strict = false) => SiteBuilder.Check(Options(asOf, strict, drafts: false));

    public BuildResult BuildSucceeding(string asOf = "2026-01-01", IProgress<BuildProgress>? progress = null, bool rebuild = false)
    {
        var result = Build(asOf, progress: progress, rebuild: rebuild);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics) + result.UsageError + result.SearchFault + result.OutputFault);
        return result;
    }

    private BuildOptions Options(string asOf, bool strict, bool drafts) =>
        new(ContentDirectory, TemplatesDirectory, OutputDirectory, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), drafts, strict,
            PdfPrinter: PdfPrinter, Search: Search);

    public bool Exists(string sitePath) => File.Exists(Path.Combine(OutputDirectory, sitePath));

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(OutputDirectory, sitePath));

    public IDocument Page(string sitePath) => new HtmlParser().ParseDocument(Read(sitePath));

    public static Diagnostic Single(BuildResult result, string code)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

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
