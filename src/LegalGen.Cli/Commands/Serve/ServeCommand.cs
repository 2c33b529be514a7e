using System.Diagnostics;
using LegalGen.Build;
using LegalGen.Rendering;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>
/// Builds the site into a temporary folder, serves it, and rebuilds it on every save: open pages reload,
/// and a save with mistakes keeps the last good site up with the problems laid over it (and printed here).
/// Ctrl+C stops the server and removes the temporary folder.
/// </summary>
internal static class ServeCommand
{
    /// <param name="Templates">The templates folder; null for ./templates if it exists, else the built-in templates (as for build).</param>
    public sealed record Arguments(string Content, string? Templates, int Port, string? AsOf, bool Drafts, SearchOptions.Choice? Search = null);

    public static async Task<int> RunAsync(Arguments args, Terminal terminal, CancellationToken cancel)
    {
        if (AsOfOption.Resolve(args.AsOf, terminal) is not { } asOf) return CliApp.UsageErrors;
        var templates = TemplateSource.Locate(args.Templates).FolderPath;
        foreach (var (folder, option) in new[] { (args.Content, "--content"), (templates, "--templates") })
        {
            if (folder is null || Directory.Exists(folder)) continue;
            terminal.Error.Write("error:", Palette.Error).WriteLine($" the folder '{folder}' does not exist; run in your repository or point {option} at it");
            return CliApp.UsageErrors;
        }

        var (search, searchError) = SearchOptions.Resolve(args.Search ?? new SearchOptions.Choice(false, false, null));
        if (searchError is not null)
        {
            UsageErrorText.Print(searchError, terminal);
            return CliApp.UsageErrors;
        }

        using var site = new LiveSite(new BuildOptions(
            args.Content, args.Templates, OutputDirectory: "", asOf, args.Drafts, CompareEngineDirectory: CompareEngine.Folder, Search: search!.Indexer));
        if (search.Indexer is { } indexer) terminal.Out.WriteLine($"Search: every build is indexed with {indexer.Description}, {search.FoundBy}.");
        else if (search.Note is { } note) terminal.Out.Write("note:", Palette.Hint).WriteLine($" {note}");
        var hub = new ReloadHub();
        Report(site.Rebuild(), site, args, terminal, changed: []);
        hub.Announce(site.State.Generation);

        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(site, hub, args.Port, args.Content, cancel);
        }
        catch (IOException e)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" cannot serve on port {args.Port}: {e.Message}; choose another with --port");
            return CliApp.UsageErrors;
        }
        catch (OperationCanceledException)
        {
            return CliApp.Success;
        }

        await using (server)
        using (var watcher = new ChangeWatcher(templates is null ? [args.Content] : [args.Content, templates]))
        {
            terminal.Out.Write("Serving the site at ").Write(server.Address.ToString(), Palette.Location).WriteLine(" — open it in your browser.");
            terminal.Out.WriteLine(templates is null
                ? $"Watching '{args.Content}' (with the built-in templates): saved changes show at once. Press Ctrl+C to stop."
                : $"Watching '{args.Content}' and '{templates}': saved changes show at once. Press Ctrl+C to stop.");
            try
            {
                while (true)
                {
                    var changed = await watcher.NextAsync(cancel);
                    var result = site.Rebuild(changed);
                    hub.Announce(site.State.Generation);
                    Report(result, site, args, terminal, changed);
                }
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                // Ctrl+C: stop below.
            }

            hub.Close();
        }

        terminal.Out.WriteLine("Stopped; the temporary site was removed.");
        return CliApp.Success;
    }

    private static void Report(BuildResult result, LiveSite site, Arguments args, Terminal terminal, IReadOnlyList<string> changed)
    {
        // Editors save through temporary files that are gone by now: name what is left, if it is one file.
        var existing = changed.Where(File.Exists).ToList();
        var what = changed.Count == 0 ? "Built"
            : existing.Count == 1 ? $"Rebuilt after {Shown(existing[0])} changed:"
            : $"Rebuilt after {Words.Count(changed.Count, "change", "changes")}:";
        if ((result.UsageError is { } usage ? UsageErrorText.Of(usage) : result.OutputFault?.Message ?? result.SearchFault?.Message) is { } problem)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" {problem}");
            return;
        }

        DiagnosticPrinter.Print(result.Diagnostics, args.Content, DiagnosticFormat.Text, terminal);
        if (result.Summary is { } summary)
        {
            var rendered = summary.PoliciesRendered is { } count && count < summary.Policies
                ? $" ({Words.Count(count, "policy", "policies")} rendered again, the others' pages as they were)"
                : "";
            terminal.Out.WriteLine($"{what} {SummaryText.Of(summary)} in {summary.Milliseconds} ms{rendered}.", Palette.Success);
            return;
        }

        terminal.Error.WriteLine(site.State.Folder is null
            ? "The site could not be built; the browser shows these problems until they are fixed."
            : "The site still shows the last good build; the browser shows these problems over it until they are fixed.", Palette.Error);
    }

    private static string Shown(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
}
