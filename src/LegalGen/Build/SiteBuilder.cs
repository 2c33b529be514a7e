using System.Collections.Concurrent;
using System.Diagnostics;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pages;
using LegalGen.Pages.Views;
using LegalGen.Publishing;
using LegalGen.Rendering;
using LegalGen.Timeline;
using LegalGen.Translations;

namespace LegalGen.Build;

/// <summary>
/// The build, in the order it runs:
/// <list type="number">
/// <item>LoadContent — site.yml and every version file, validated (<see cref="ContentLoader"/>);</item>
/// <item>LoadTemplates — the Scriban templates and interface strings (<see cref="TemplateSet"/>);</item>
/// <item>AssembleTimelines — which version is current, upcoming or superseded on the as-of date;</item>
/// <item>RenderSitePages — the entry page and each language's home;</item>
/// <item>then for each policy, in parallel: RenderMarkdown (each text once, <see cref="PolicyTexts"/>),
/// CheckTranslations (structure against the binding text, <see cref="TranslationParity"/>),
/// CreatePages (<see cref="PagePlanner"/>; each redline is computed on first use, once) and RenderPages
/// (each page through its template into the staging folder) — a policy's texts are let go once its pages
/// are written, so memory is bounded by the largest policy, not the site;</item>
/// <item>Publish — versions.json, robots.txt, and with a base URL the sitemap and the Atom feeds (<see cref="PublicationPlanner"/>);</item>
/// <item>CopyAssets — <c>templates/assets/</c> to <c>assets/</c>;</item>
/// <item>WriteSite — the staging folder swapped in for the output folder (<see cref="SiteWriter"/>).</item>
/// </list>
/// Any error stops the build before the swap, so the previous site stays as it was.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The page kinds, each with its template <c>&lt;kind&gt;.sbn</c>.</summary>
    public static readonly string[] PageTemplates = ["index", "home", "policy", "version", "changes", "compare", "diff", "parallel", "404"];

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
        var baseUrl = BaseUrlOf(options, site, diagnostics);
        var planner = new PagePlanner(site, timelines, strings, baseUrl);
        var renderer = new MarkdownRenderer();
        var rendered = new ConcurrentBag<PageInfo>();

        using var writer = SiteWriter.Begin(options.OutputDirectory);
        RenderPages(planner.SitePages(), templates, strings, writer, rendered, diagnostics);
        Parallel.ForEach(site.Policies, policy =>
        {
            var texts = PolicyTexts.Render(policy, renderer);
            foreach (var version in policy.Versions) TranslationParity.Check(version, texts.Document, diagnostics);
            RenderPages(planner.PolicyPages(policy, texts), templates, strings, writer, rendered, diagnostics);
        });
        var pages = rendered.Where(p => p.Kind != "not-found").ToList();
        foreach (var (path, content) in new PublicationPlanner(site, timelines, strings, baseUrl, options.AsOf).Files(pages))
            writer.WriteText(path, content);
        CopyAssets(options.TemplatesDirectory, writer);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        writer.Commit();
        var summary = new BuildSummary(
            site.Policies.Count,
            site.Policies.Sum(p => p.Versions.Count),
            site.Settings.Languages.Count,
            rendered.Count,
            stopwatch.ElapsedMilliseconds,
            Path.Combine(Path.GetFullPath(options.OutputDirectory), SiteUrls.Index));
        return new BuildResult(diagnostics.ToSortedList(), summary);
    }

    /// <summary>Renders pages in parallel into the staging folder, noting each one for the sitemap.</summary>
    private static void RenderPages(
        IEnumerable<PlannedPage> pages,
        TemplateSet templates,
        IReadOnlyDictionary<string, InterfaceStrings> strings,
        SiteWriter writer,
        ConcurrentBag<PageInfo> rendered,
        DiagnosticBag diagnostics)
    {
        Parallel.ForEach(pages, page =>
        {
            var html = templates.Render(page.Template, page.Data, strings[page.Language], diagnostics);
            if (html is not null) writer.WriteText(page.Path, html);
            rendered.Add(page.Info);
        });
    }

    /// <summary>The site's address: --base-url, else site.yml's base_url; without one, absolute addresses are left out, with a warning.</summary>
    private static Uri? BaseUrlOf(BuildOptions options, Site site, DiagnosticBag diagnostics)
    {
        if (options.BaseUrl is not null) return new Uri(options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/");
        if (site.Settings.BaseUrl is null)
        {
            diagnostics.Warning(DiagnosticCodes.BaseUrlMissing, SourceLocation.StartOf("site.yml"),
                "the site has no base_url, so feeds, sitemap.xml and canonical links are left out",
                "add 'base_url: https://…/' (the address the site is published at) to site.yml, or build with --base-url");
        }

        return site.Settings.BaseUrl;
    }

    private static string? CheckUsage(BuildOptions options)
    {
        if (options.BaseUrl is not null && (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")))
            return $"--base-url '{options.BaseUrl}' is not an absolute http(s) address; write it like https://legal.example.com/";
        if (!Directory.Exists(options.TemplatesDirectory))
            return $"the templates folder '{options.TemplatesDirectory}' does not exist; run in your repository or point --templates at it";
        return OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, options.TemplatesDirectory, options.Force);
    }

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), null);

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
