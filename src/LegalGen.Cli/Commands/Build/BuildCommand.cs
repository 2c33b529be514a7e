using System.Globalization;
using LegalGen.Build;
using LegalGen.Cli.Pdf;
using LegalGen.Cli.Printing;
using LegalGen.Pdf;
using LegalGen.Search;

namespace LegalGen.Cli.Commands.Build;

/// <summary>Runs a build and prints its diagnostics and a one-line summary.</summary>
internal static class BuildCommand
{
    public sealed record Arguments(
        string Content, string? Templates, string Output, string? AsOf, bool Drafts, bool Strict, bool Force,
        DiagnosticFormat Format = DiagnosticFormat.Text, string? BaseUrl = null, bool Rebuild = false, bool Pdf = false, string? PdfBrowser = null,
        SearchOptions.Choice? Search = null);

    public static int Run(Arguments args, Terminal terminal)
    {
        if (AsOfOption.Resolve(args.AsOf, terminal) is not { } asOf) return CliApp.UsageErrors;
        var (searchChoice, searchError) = SearchOptions.Resolve(args.Search ?? new SearchOptions.Choice(false, false, null));
        if (searchError is not null)
        {
            UsageErrorText.Print(searchError, terminal);
            return CliApp.UsageErrors;
        }

        if (args.PdfBrowser is not null && !args.Pdf)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine(" --pdf-browser names the browser that prints PDFs, and is used only with --pdf (add --pdf, or leave --pdf-browser out)");
            return CliApp.UsageErrors;
        }

        // The browser is found before any work, so a machine without one fails at once, with the previous site as it was.
        PlaywrightPdfPrinter? printer = null;
        if (args.Pdf)
        {
            var browsers = BrowserLocator.Find(args.PdfBrowser);
            if (browsers.Found is not { } browser) return PdfFailed(BrowserLocator.NotFound(browsers), args, terminal);
            printer = new PlaywrightPdfPrinter(browser);
        }

        var options = new BuildOptions(
            args.Content, args.Templates, args.Output, asOf, args.Drafts, args.Strict, args.Force, args.BaseUrl, CompareEngine.Folder, args.Rebuild, printer, searchChoice!.Indexer);

        var result = ProgressDisplay.Run(terminal, "Building", progress => SiteBuilder.Build(options, progress));
        if (result.UsageError is not null)
        {
            UsageErrorText.Print(result.UsageError, terminal);
            return CliApp.UsageErrors;
        }

        if (result.OutputFault is { } fault)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" {fault.Message}");
            terminal.Error.WriteLine($"Build failed; '{args.Output}' is as it was.", Palette.Error);
            return CliApp.CannotWriteSite;
        }

        DiagnosticPrinter.Print(result.Diagnostics, args.Content, args.Format, terminal);
        if (result.PdfFailure is { } pdfFailure) return PdfFailed(pdfFailure, args, terminal);
        if (result.SearchFault is { } searchFault)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" {searchFault.Message}");
            terminal.Error.WriteLine("Fix or update Pagefind (--pagefind names another), or build without search (--no-search).", Palette.Hint);
            terminal.Error.WriteLine($"Build failed; '{args.Output}' is as it was.", Palette.Error);
            return CliApp.CannotWriteSite;
        }

        if (result.Summary is not { } summary)
        {
            terminal.Error.WriteLine($"Build failed; nothing was written, and '{args.Output}' is as it was.", Palette.Error);
            return CliApp.ContentErrors;
        }

        // With --format json, standard output carries only the JSON.
        var report = args.Format == DiagnosticFormat.Json ? terminal.Error : terminal.Out;
        var date = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        report.WriteLine(summary.UnchangedSince is { } since
            ? $"Nothing changed since the last build at {since.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}; the site is as it was ({SummaryText.Of(summary)}, as of {date}; checked in {summary.Milliseconds} ms)."
            : $"Built {SummaryText.Of(summary)} in {summary.Milliseconds} ms (as of {date}).", Palette.Success);
        if (summary.Search is { } index)
        {
            report.WriteLine($"Search: {SearchText.Of(index)} by {index.Indexer} ({searchChoice.FoundBy}: '{((PagefindIndexer)searchChoice.Indexer!).Program}').");
        }
        else if (searchChoice.Note is { } note && summary.UnchangedSince is null)
        {
            report.Write("note:", Palette.Hint).WriteLine($" {note}");
        }

        BaseUrlNote.Print(summary, report);
        report.WriteLine($"Open {summary.IndexFile}");
        foreach (var leftover in summary.Leftovers ?? [])
        {
            terminal.Error.Write("warning:", Palette.Warning)
                .WriteLine($" could not remove '{leftover.Path}', an old site left beside the new one: {leftover.Cause}; the next build tries again, or remove it yourself");
        }

        return CliApp.Success;
    }

    private static int PdfFailed(PdfFailure failure, Arguments args, Terminal terminal)
    {
        PdfFailureText.Print(failure, terminal);
        terminal.Error.WriteLine($"Build failed; nothing was written, and '{args.Output}' is as it was.", Palette.Error);
        return CliApp.ContentErrors;
    }
}
