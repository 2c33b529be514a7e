using System.Diagnostics;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pages;
using LegalGen.Rendering;
using LegalGen.Timeline;

namespace LegalGen.Build;

/// <summary>
/// The build, in the order it runs:
/// <list type="number">
/// <item>LoadContent — site.yml and every version file, validated (<see cref="ContentLoader"/>);</item>
/// <item>LoadTemplates — the Scriban templates and interface strings (<see cref="TemplateSet"/>);</item>
/// <item>AssembleTimelines — which version is current, upcoming or superseded on the as-of date;</item>
/// <item>RenderMarkdown — each text once into HTML, contents and diffable blocks;</item>
/// <item>CreatePages — every page of the site with its data (<see cref="PagePlanner"/>; diffs are computed here, once each);</item>
/// <item>RenderPages — each page through its template into a staging folder;</item>
/// <item>WriteSite — the staging folder swapped in for the output folder (<see cref="SiteWriter"/>).</item>
/// </list>
/// Any error stops the build before the swap, so the previous site stays as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The page kinds, each with its template <c>&lt;kind&gt;.sbn</c>.</summary>
    public static readonly string[] PageTemplates = ["index", "home", "policy", "version", "changes", "diff"];

    public static BuildResult Build(BuildOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var usage = CheckUsage(options);
        if (usage is not null) return new BuildResult([], null, usage);

        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(options.ContentDirectory, options.IncludeDrafts, diagnostics);
        var templates = TemplateSet.Load(options.TemplatesDirectory, PageTemplates, diagnostics);
        if (site is null || templates is null || Fails(diagnostics, options)) return Failed(diagnostics);
        var strings = InterfaceStrings.LoadAll(options.TemplatesDirectory, site.Settings.Languages, diagnostics);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        var timelines = site.Policies.ToDictionary(p => p.Slug, p => new VersionTimeline(p, options.AsOf), StringComparer.Ordinal);
        var documents = RenderMarkdown(site);
        var pages = new PagePlanner(site, timelines, documents, new DiffCatalog(documents), strings).Plan();

        using var writer = SiteWriter.Begin(options.OutputDirectory);
        Parallel.ForEach(pages, page =>
        {
            var html = templates.Render(page.Template, page.Data, strings[page.Language], diagnostics);
            if (html is not null) writer.WriteText(page.Path, html);
        });
        CopyAssets(options.TemplatesDirectory, writer);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        writer.Commit();
        var summary = new BuildSummary(
            site.Policies.Count,
            site.Policies.Sum(p => p.Versions.Count),
            site.Settings.Languages.Count,
            pages.Count,
            stopwatch.ElapsedMilliseconds,
            Path.Combine(Path.GetFullPath(options.OutputDirectory), SiteUrls.Index));
        return new BuildResult(diagnostics.ToSortedList(), summary);
    }

    private static string? CheckUsage(BuildOptions options)
    {
        if (!Directory.Exists(options.TemplatesDirectory))
            return $"the templates folder '{options.TemplatesDirectory}' does not exist; run in your repository or point --templates at it";
        return OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, options.TemplatesDirectory, options.Force);
    }

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), null);

    private static Dictionary<string, RenderedDocument> RenderMarkdown(Site site)
    {
        var renderer = new MarkdownRenderer();
        return site.Policies
            .SelectMany(p => p.Versions)
            .SelectMany(v => v.Translations.Values)
            .AsParallel()
            .Select(t => (t.SourcePath, Document: renderer.Render(t.Body)))
            .ToDictionary(x => x.SourcePath, x => x.Document, StringComparer.Ordinal);
    }

    /// <summary>Copies <c>templates/assets/</c> (the stylesheet, images) to <c>assets/</c> in the site.</summary>
    private static void CopyAssets(string templatesDirectory, SiteWriter writer)
    {
        var assets = Path.Combine(templatesDirectory, "assets");
        if (!Directory.Exists(assets)) return;
        foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
            if (relative.Split('/').Any(s => s.StartsWith('.'))) continue;
            writer.CopyFile("assets/" + relative, file);
        }
    }
}
