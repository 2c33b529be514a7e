using System.Collections.Concurrent;
using System.Diagnostics;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Localization;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pages;
using LegalGen.Pages.Models;
using LegalGen.Pages.Views;
using LegalGen.Publishing;
using LegalGen.Redline;
using LegalGen.Rendering;
using LegalGen.Search;
using LegalGen.Timeline;
using LegalGen.Translations;

namespace LegalGen.Build;

/// <summary>
/// The build, in the order it runs:
/// <list type="number">
/// <item>Unchanged? — when the fingerprint of the inputs (<see cref="InputFingerprint"/>) is the one the output folder's
/// marker records (<see cref="BuildRecord"/>), the site is as this build would write it: nothing is written, and the
/// build ends with the recorded diagnostics;</item>
/// <item>OpenOutput — tidy up after interrupted builds of the output folder, and a staging folder beside it (<see cref="SiteWriter.Begin(string)"/>);</item>
/// <item>LoadContent — site.yml and every version file, validated (<see cref="ContentReader"/>);</item>
/// <item>LoadTemplates — the Scriban templates and interface strings (<see cref="TemplateSet"/>) from the
/// templates folder, or the built-in ones (<see cref="TemplateSource.Locate"/>);</item>
/// <item>AssembleTimelines — which version is current, upcoming, superseded or withdrawn on the as-of date, and
/// whether each change kept the site's notice period (<see cref="NoticePeriod"/>);</item>
/// <item>RenderSitePages — the entry page and each language's home;</item>
/// <item>then for each policy, in parallel: RenderMarkdown (each text once, <see cref="PolicyTexts"/>, its headings
/// answering to the ids their sections had in earlier versions, <see cref="SectionIdHistory"/>),
/// CheckTranslations (structure against the binding text, <see cref="TranslationParity"/>),
/// CheckVersions (each version changes something a reader sees, <see cref="UnchangedVersions"/>),
/// KeepLinks (each text's ids and links to other policies, <see cref="PolicyLinkCheck"/>),
/// CreatePages (<see cref="PagePlanner"/>; each redline is computed on first use, once) and RenderPages
/// (each page through its template into the staging folder) — a policy's texts are let go once its pages
/// are written, so memory is bounded by the largest policy, not the site;</item>
/// <item>CheckLinks — every link to another policy, version file or fragment leads somewhere (<see cref="PolicyLinkCheck"/>);</item>
/// <item>Publish — versions.json, robots.txt, and with a base URL the sitemap and the Atom feeds (<see cref="PublicationPlanner"/>);</item>
/// <item>CopyAssets — the templates' <c>assets/</c> to <c>assets/</c>, and the in-browser comparison's engine, when the
/// program running the build has one, to <c>assets/compare/_framework/</c> (<see cref="BuildOptions.CompareEngineDirectory"/>);</item>
/// <item>IndexForSearch — with a search indexer (<see cref="BuildOptions.Search"/>), the staged site indexed in place, into
/// <c>pagefind/</c>, and the index checked to hold exactly the pages meant to be searched (<see cref="SearchIndexer"/>);</item>
/// <item>KeepFiles — <c>CNAME</c>, <c>.nojekyll</c> and site.yml's <c>keep:</c> carried over from the previous site;</item>
/// <item>PrintPdfs — with a PDF printer, each version's page printed from the staging folder to a PDF beside it (<see cref="Pdf.VersionPdfs"/>);</item>
/// <item>WriteSite — the build's record in the marker, then the staging folder swapped in for the output folder in one step (<see cref="SiteWriter.Commit"/>).</item>
/// </list>
/// Any error stops the build before the swap, so the previous site stays as it was. A fault of the machine
/// (a full disk, a read-only file system) is a result too, <see cref="BuildResult.OutputFault"/>, with the
/// previous site as it was. <see cref="Check"/> runs the same steps into a <see cref="DiscardedSite"/>, so it
/// finds every mistake a build would, and writes nothing.
/// </summary>
public static partial class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var source = TemplateSource.Locate(options.TemplatesDirectory);
        var usage = CheckUsage(options, source)
            ?? OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, source.FolderPath, options.Force);
        if (usage is not null) return new BuildResult([], null, usage);
        try
        {
            // Taken before anything is read: a file saved while the site is built leaves a record that matches no more.
            var inputs = InputFingerprint.Of(options, source);
            if (!options.Rebuild && Unchanged(options, inputs, stopwatch) is { } unchanged) return unchanged;
            return Run(options, source, () => SiteWriter.Begin(options.OutputDirectory, linkFolders: options.Search is null), progress, stopwatch, inputs);
        }
        catch (Exception e) when (OutputFaultException.Find(e) is not null)
        {
            return new BuildResult([], null, OutputFault: OutputFaultException.Find(e));
        }
    }

    /// <summary>
    /// Every check of <see cref="Build(BuildOptions, IProgress{BuildProgress})"/> — content, templates, every page rendered — with nothing written
    /// (the options' output folder and <c>Force</c> are not used): for editors and pre-commit hooks.
    /// </summary>
    public static BuildResult Check(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        var source = TemplateSource.Locate(options.TemplatesDirectory);
        var usage = CheckUsage(options, source);
        return usage is not null
            ? new BuildResult([], null, usage)
            : Run(options, source, () => new DiscardedSite(), progress, Stopwatch.StartNew(), inputs: null);
    }

    /// <param name="inputs">The inputs' fingerprint, recorded in the site for the next build; null when none was taken.</param>
    /// <param name="cache">What earlier builds left, to take unchanged policies from; null to render every policy.</param>
    private static BuildResult Run(
        BuildOptions options, TemplateSource source, Func<ISiteOutput> openOutput, IProgress<BuildProgress>? progress, Stopwatch stopwatch, string? inputs,
        BuildCache? cache = null)
    {
        // Taken before anything is read, like the fingerprint of the inputs, so a file changed meanwhile is not missed.
        var siteWide = cache is null ? null : InputFingerprint.OfSiteWide(options, source);
        using var output = openOutput();
        var diagnostics = new DiagnosticBag();
        var site = ContentReader.Read(options.ContentDirectory, ContentReadOptions.ForBuild(options.IncludeDrafts), diagnostics, cache?.Files);
        using var templates = TemplateSet.Load(source, diagnostics);
        if (site is null || templates is null || Fails(diagnostics, options)) return Failed(diagnostics);
        var strings = InterfaceStringsLoader.LoadAll(source, site.Settings.Languages, diagnostics, site.Settings.LanguageLocations);
        if (Fails(diagnostics, options)) return Failed(diagnostics);

        var timelines = site.Policies.ToDictionary(p => p.Slug, p => new VersionTimeline(p, options.AsOf), StringComparer.Ordinal);
        foreach (var timeline in timelines.Values) NoticePeriod.Check(site.Settings.NoticePeriodDays, timeline, diagnostics);
        var baseUrl = BaseUrlOf(options, site);
        var planner = new PagePlanner(site, timelines, strings, options.AsOf, baseUrl, options.CompareEngine is not null, options.Search is not null, pdfs: options.PdfPrinter is not null);
        var marks = options.Search is null ? null : new SearchMarks();
        // A callout's title is in its text's language, or marked as English where that language has no such string (read by no redline).
        using var renderer = new MarkdownRenderer((language, kind) =>
            (strings.TryGetValue(language ?? "", out var own) ? own : strings[site.Settings.DefaultLanguage]).Text("callout_" + kind), site.Settings.RawHtml);
        var rendered = new ConcurrentBag<PageFrame>();
        var links = new PolicyLinkCheck(site, timelines);
        var reusable = siteWide is null ? NoPolicies : cache!.Reusable(site, siteWide);
        var taken = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var outcomes = new ConcurrentDictionary<string, PolicyOutcome>(StringComparer.Ordinal);
        var policiesDone = 0;
        progress?.Report(new BuildProgress(0, site.Policies.Count, 0));

        void Done(Policy policy, PolicyOutcome outcome)
        {
            if (cache is not null) outcomes[policy.Slug] = outcome;
            foreach (var diagnostic in outcome.Diagnostics) diagnostics.Add(diagnostic);
            foreach (var frame in outcome.Frames) rendered.Add(frame);
            progress?.Report(new BuildProgress(Interlocked.Increment(ref policiesDone), site.Policies.Count, rendered.Count));
        }

        RenderPages(planner.SitePages(), templates, strings, output, rendered, diagnostics, marks);
        Parallel.ForEach(site.Policies, policy =>
        {
            if (reusable.GetValueOrDefault(policy.Slug) is { } earlier && TakePages(site, policy, earlier, output, links))
            {
                taken[policy.Slug] = true;
                Done(policy, earlier);
                return;
            }

            var policyDiagnostics = new DiagnosticBag();
            var frames = new ConcurrentBag<PageFrame>();
            var texts = PolicyTexts.Render(policy, renderer, policyDiagnostics);
            var kept = links.Keep(policy, texts);
            foreach (var version in policy.Versions) TranslationParity.Check(policy, version, texts.Document, policyDiagnostics);
            UnchangedVersions.Check(policy, texts.Diff, policyDiagnostics);
            RenderPages(planner.PolicyPages(policy, texts), templates, strings, output, frames, policyDiagnostics, marks);
            Done(policy, OutcomeOf(site, policy, frames, policyDiagnostics, kept, cache is not null));
        });
        links.Report(diagnostics);
        marks?.Report(diagnostics, templates.DisplayOf);

        // The sitemap lists pages with something to find; a search page has nothing until a reader searches.
        var pages = rendered.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Search)).ToList();
        var takenFolders = TakenFolders(site, taken.Keys);
        var published = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        // Each file is checked and written while the next is made.
        // A policy's feeds are in its folders: those taken from an earlier build have them, from the same inputs.
        Parallel.ForEach(new PublicationPlanner(site, timelines, strings, baseUrl, options.AsOf).Files(pages, p => !taken.ContainsKey(p.Slug)), file =>
        {
            if (IsInside(file.Path, takenFolders)) return;
            if (cache is not null && TakePublished(cache, file.Path, file.Content, output, published)) return;
            WholeFile.Check(file.Path, file.Content);
            output.WriteText(file.Path, file.Content);
        });
        CopyAssets(source, output);
        CopyCompareEngine(options.CompareEngine, output);
        SearchIndex? index = null;
        if (options.Search is { } indexer)
        {
            if (Fails(diagnostics, options)) return Failed(diagnostics);
            var indexed = IndexForSearch(indexer, rendered, output);
            if (indexed.Fault is { } fault) return new BuildResult(diagnostics.ToSortedList(), null, SearchFault: fault);
            index = indexed.Index;
        }

        KeepFiles(site.Settings, output, diagnostics);
        if (Fails(diagnostics, options)) return Failed(diagnostics);
        int? pdfs = null;
        if (options.PdfPrinter is { } printer)
        {
            var (printed, failure) = PrintPdfs(printer, site, strings, baseUrl, options.AsOf, output, rendered.Count, progress);
            if (failure is not null) return new BuildResult(diagnostics.ToSortedList(), null, PdfFailure: failure);
            pdfs = printed;
        }

        var record = new BuildRecord(
            inputs, site.Policies.Count, site.Policies.Sum(p => p.Versions.Count), site.Settings.Languages.Count, rendered.Count, diagnostics.ToSortedList());

        // Without a fingerprint no later build could use the record: the marker keeps its sentence alone.
        if (inputs is not null) output.WriteText(SiteWriter.MarkerFile, record.ToMarkerText());
        var leftovers = output.Commit();
        if (output.OutputDirectory is { } written) cache?.Remember(siteWide!, site, outcomes, published, Path.GetFullPath(written));
        var summary = new BuildSummary(
            record.Policies,
            record.Versions,
            record.Languages,
            record.Pages,
            stopwatch.ElapsedMilliseconds,
            IndexFileOf(output.OutputDirectory),
            leftovers,
            PoliciesRendered: cache is null ? null : site.Policies.Count - taken.Count,
            Pdfs: pdfs,
            Search: index,
            WithoutBaseUrl: baseUrl is null);
        return new BuildResult(record.Diagnostics, summary);
    }

    /// <summary>
    /// The last build's result when its inputs had the fingerprint <paramref name="inputs"/>: the site in the output folder
    /// is the one this build would write, so nothing is written, and the build ends as that one did — the same
    /// diagnostics, and under <c>Strict</c> the same failure. Null when the site must be built; always so when site.yml
    /// keeps a path the build writes (LG035), as the build's file must replace whatever was put there since.
    /// </summary>
    private static BuildResult? Unchanged(BuildOptions options, string inputs, Stopwatch stopwatch)
    {
        if (BuildRecord.Read(options.OutputDirectory) is not var (record, written) || !record.IsFor(inputs)) return null;
        if (record.Diagnostics.Any(d => d.Code == DiagnosticCodes.KeptPathWritten)) return null;
        if (record.Diagnostics.Any(d => d.IsError) || (options.Strict && record.Diagnostics.Count > 0)) return new BuildResult(record.Diagnostics, null);
        var leftovers = SiteWriter.TidyUp(options.OutputDirectory);
        return new BuildResult(record.Diagnostics, new BuildSummary(
            record.Policies, record.Versions, record.Languages, record.Pages, stopwatch.ElapsedMilliseconds, IndexFileOf(options.OutputDirectory), leftovers, written));
    }

    private static string? IndexFileOf(string? outputDirectory) =>
        outputDirectory is null ? null : Path.Combine(Path.GetFullPath(outputDirectory), SiteUrls.Index);

    /// <summary>
    /// Plans and renders pages in parallel into the output, noting each one's frame for the sitemap, and with
    /// <paramref name="marks"/> whether its template marked its text for the search index as it should.
    /// </summary>
    private static void RenderPages(
        IEnumerable<Func<PageModel>> pages,
        TemplateSet templates,
        IReadOnlyDictionary<string, InterfaceStrings> strings,
        ISiteOutput output,
        ConcurrentBag<PageFrame> rendered,
        DiagnosticBag diagnostics,
        SearchMarks? marks)
    {
        Parallel.ForEach(pages.ToList(), plan =>
        {
            var page = plan();
            var html = templates.Render(page, strings[page.Page.Lang], diagnostics);
            if (html is not null)
            {
                marks?.Note(page.Page, html);
                output.WriteText(page.Page.Path, html);
            }

            rendered.Add(page.Page);
        });
    }

    /// <summary>
    /// Indexes the staged site for search (nothing, and no index, for a check, which keeps no site), and checks that the index holds, in
    /// each language, exactly the pages meant to be searched; the index's files become the site's own.
    /// </summary>
    private static SearchIndexOutcome IndexForSearch(SearchIndexer indexer, IEnumerable<PageFrame> rendered, ISiteOutput output)
    {
        if (output.Folder is not { } folder) return new SearchIndexOutcome(null, null);
        var outcome = indexer.Index(folder, SiteUrls.SearchablePages);
        if (outcome.Index is not { } index) return outcome;
        var expected = rendered.Where(p => p.Searchable)
            .GroupBy(p => p.Lang.ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var differences = expected.Keys.Union(index.PagesByLanguage.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(l => (Language: l, Expected: expected.GetValueOrDefault(l), Indexed: index.PagesByLanguage.GetValueOrDefault(l)))
            .Where(d => d.Expected != d.Indexed)
            .Select(d => $"{d.Indexed} in '{d.Language}' where the site has {d.Expected} to search")
            .ToList();
        if (differences.Count > 0)
        {
            return SearchIndexOutcome.Failed(new SearchFault(indexer.Description,
                $"it indexed other pages than the site has to search: {string.Join(", ", differences)} (pages of a templates folder that mark text {SearchMarks.BodyAttribute} on other pages than the built-in templates do, or a page whose marked text is empty)"));
        }

        output.Adopt(SearchIndexer.IndexFolder);
        return outcome;
    }

    /// <summary>
    /// The site's address: --base-url, else site.yml's base_url. Without one, absolute addresses are left out: base_url is
    /// optional, so that is no warning (it never fails --strict); the summary says so (<see cref="BuildSummary.WithoutBaseUrl"/>).
    /// </summary>
    private static Uri? BaseUrlOf(BuildOptions options, Site site) =>
        options.BaseUrl is not null ? BaseAddress.Parse(options.BaseUrl, out _) : site.Settings.BaseUrl;

    /// <summary>Mistakes in how the build was called, found before any work: a bad --base-url, a missing templates folder.</summary>
    private static UsageError? CheckUsage(BuildOptions options, TemplateSource source)
    {
        if (options.BaseUrl is not null && BaseAddress.Parse(options.BaseUrl, out var problem) is null)
            return new UsageError($"the base URL {problem}", UsageInput.BaseUrl, "https://legal.example.com/");
        return source.FolderPath is { } folder && !Directory.Exists(folder)
            ? new UsageError($"the templates folder '{folder}' does not exist; name a folder that does, or none to use the built-in templates", UsageInput.TemplatesFolder)
            : null;
    }

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.ToSortedList().Count > 0);

    private static BuildResult Failed(DiagnosticBag diagnostics) => new(diagnostics.ToSortedList(), null);

    /// <summary>
    /// Carries the files the user keeps in the output (<see cref="KeptFiles.Always"/> and site.yml's <c>keep:</c>)
    /// from the previous site into the new one; where the build writes a listed path itself, its file wins, with a warning.
    /// </summary>
    private static void KeepFiles(SiteSettings settings, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var listed = settings.Keep ?? [];
        foreach (var path in KeptFiles.Always.Where(p => !listed.Any(k => k.Path == p))) output.CarryOver(path);
        foreach (var kept in listed)
        {
            if (output.WrittenAtOrIn(kept.Path) is { } written)
            {
                diagnostics.Warning(DiagnosticCodes.KeptPathWritten, kept.Location,
                    $"'{kept.Path}' in 'keep' is written by the build ('{written}'), so the build's file is published, not the kept one",
                    $"remove '{kept.Path}' from 'keep', or keep a path the build does not write");
            }

            output.CarryOver(kept.Path);
        }
    }

    /// <summary>
    /// Copies the in-browser comparison's engine into the site once, for all its compare pages (<see cref="SiteUrls.CompareEngine"/>);
    /// its precompressed copies (<c>.br</c>, <c>.gz</c>) are left out, as hosts compress what they serve.
    /// </summary>
    private static void CopyCompareEngine(string? engine, ISiteOutput output)
    {
        if (engine is null) return;
        foreach (var file in Directory.EnumerateFiles(engine, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".br", StringComparison.Ordinal) || file.EndsWith(".gz", StringComparison.Ordinal)) continue;
            output.WriteBytes(SiteUrls.CompareEngine + Path.GetRelativePath(engine, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes(file));
        }
    }

    /// <summary>Copies <c>assets/</c> of the templates (the stylesheet, images) to <c>assets/</c> in the site.</summary>
    private static void CopyAssets(TemplateSource source, ISiteOutput output)
    {
        foreach (var file in source.EnumerateFiles("assets")) output.WriteBytes(file, source.ReadBytes(file));
    }
}
