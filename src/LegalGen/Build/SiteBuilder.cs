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
/// <item>LoadTemplates — the Scriban templates and interface strings (<see cref="TemplateSet"/>) from the
/// templates folder, or the built-in ones (<see cref="TemplateSource.Locate"/>);</item>
/// <item>AssembleTimelines — which version is current, upcoming or superseded on the as-of date;</item>
/// <item>RenderSitePages — the entry page and each language's home;</item>
/// <item>then for each policy, in parallel: RenderMarkdown (each text once, <see cref="PolicyTexts"/>),
/// CreatePages (<see cref="PagePlanner"/>; each redline is computed on first use, once) and RenderPages
/// (each page through its template into the staging folder) — a policy's texts are let go once its pages
/// are written, so memory is bounded by the largest policy, not the site;</item>
/// <item>CopyAssets — the templates' <c>assets/</c> to <c>assets/</c>;</item>
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
        var source = TemplateSource.Locate(options.TemplatesDirectory);
        var usage = CheckUsage(options, source);
        if (usage is not null) return new BuildResult([], null, usage);

        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(options.ContentDirectory, options.IncludeDrafts, diagnostics);
        var templates = TemplateSet.Load(source, PageTemplates, diagnostics);
        if (site is null || templates is null || Fails(diagnostics, options)) return Failed(diagnostics);
        var strings = InterfaceStrings.LoadAll(source, site.Settings.Languages, diagnostics);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        var timelines = site.Policies.ToDictionary(p => p.Slug, p => new VersionTimeline(p, options.AsOf), StringComparer.Ordinal);
        var planner = new PagePlanner(site, timelines, strings);
        var renderer = new MarkdownRenderer();
        var pages = 0;

        using var writer = SiteWriter.Begin(options.OutputDirectory);
        pages += RenderPages(planner.SitePages(), templates, strings, writer, diagnostics);
        Parallel.ForEach(site.Policies, policy =>
        {
            var texts = PolicyTexts.Render(policy, renderer, diagnostics);
            var written = RenderPages(planner.PolicyPages(policy, texts), templates, strings, writer, diagnostics);
            Interlocked.Add(ref pages, written);
        });
        CopyAssets(source, writer);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        writer.Commit();
        var summary = new BuildSummary(
            site.Policies.Count,
            site.Policies.Sum(p => p.Versions.Count),
            site.Settings.Languages.Count,
            pages,
            stopwatch.ElapsedMilliseconds,
            Path.Combine(Path.GetFullPath(options.OutputDirectory), SiteUrls.Index));
        return new BuildResult(diagnostics.ToSortedList(), summary);
    }

    /// <summary>Renders pages in parallel into the staging folder; returns how many.</summary>
    private static int RenderPages(
        IEnumerable<PlannedPage> pages,
        TemplateSet templates,
        IReadOnlyDictionary<string, InterfaceStrings> strings,
        SiteWriter writer,
        DiagnosticBag diagnostics)
    {
        var count = 0;
        Parallel.ForEach(pages, page =>
        {
            var html = templates.Render(page.Template, page.Data, strings[page.Language], diagnostics);
            if (html is not null) writer.WriteText(page.Path, html);
            Interlocked.Increment(ref count);
        });
        return count;
    }

    private static string? CheckUsage(BuildOptions options, TemplateSource source)
    {
        if (source.FolderPath is { } folder && !Directory.Exists(folder))
            return $"the templates folder '{folder}' does not exist; point --templates at it, or leave it out to use the built-in templates";
        return OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, source.FolderPath, options.Force);
    }

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), null);

    /// <summary>Copies <c>assets/</c> of the templates (the stylesheet, images) to <c>assets/</c> in the site.</summary>
    private static void CopyAssets(TemplateSource source, SiteWriter writer)
    {
        foreach (var file in source.EnumerateFiles("assets")) writer.WriteBytes(file, source.ReadBytes(file));
    }
}
