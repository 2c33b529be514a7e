using System.Globalization;
using LegalGen.Build;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Check;

/// <summary>Finds every mistake a build would find — content, templates, every page rendered — and writes nothing.</summary>
internal static class CheckCommand
{
    public sealed record Arguments(string Content, string? Templates, string? AsOf, bool Drafts, bool Strict, DiagnosticFormat Format = DiagnosticFormat.Text, string? BaseUrl = null);

    public static int Run(Arguments args, Terminal terminal)
    {
        if (AsOfOption.Resolve(args.AsOf, terminal) is not { } asOf) return CliApp.UsageErrors;

        // The output folder is never used: a check writes nothing.
        var options = new BuildOptions(args.Content, args.Templates, OutputDirectory: "", asOf, args.Drafts, args.Strict, BaseUrl: args.BaseUrl);
        var result = ProgressDisplay.Run(terminal, "Checking", progress => SiteBuilder.Check(options, progress));
        if (result.UsageError is not null)
        {
            UsageErrorText.Print(result.UsageError, terminal);
            return CliApp.UsageErrors;
        }

        DiagnosticPrinter.Print(result.Diagnostics, args.Content, args.Format, terminal);
        if (result.Summary is not { } summary)
        {
            terminal.Error.WriteLine("Check failed: fix the problems above, then run the check again.", Palette.Error);
            return CliApp.ContentErrors;
        }

        var report = args.Format == DiagnosticFormat.Json ? terminal.Error : terminal.Out;
        var verdict = result.Diagnostics.Count == 0 ? "no problems found" : "no errors";
        report.WriteLine($"Checked {SummaryText.Of(summary)} in {summary.Milliseconds} ms (as of {asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}): {verdict}; nothing was written.", Palette.Success);
        BaseUrlNote.Print(summary, report);
        return CliApp.Success;
    }
}
