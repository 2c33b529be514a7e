using LegalGen.Cli.Printing;
using LegalGen.Diagnostics;
using LegalGen.Import;

namespace LegalGen.Cli.Commands.Import;

/// <summary>Imports a policy's history and prints what was found and written.</summary>
internal static class ImportCommand
{
    public sealed record Arguments(string Repository, string Policy, IReadOnlyList<string> Files, string Content, string? Revision, IReadOnlyList<string> DatePatterns, bool DryRun);

    /// <summary>The options as the import's messages name them: the policy is an option here, not an argument as in 'new'.</summary>
    private static readonly Func<UsageInput, string?> OptionNames = input => input == UsageInput.Policy ? "--policy" : null;

    public static int Run(Arguments args, Terminal terminal)
    {
        var files = new List<FileToImport>();
        foreach (var written in args.Files)
        {
            var equals = written.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == written.Length - 1)
            {
                UsageErrorText.Print(new UsageError($"'{written}' does not say which language the file is in: write <language>=<path in the repository>",
                    UsageInput.ImportedFile, "en=en/privacy.md"), terminal, OptionNames);
                return CliApp.UsageErrors;
            }

            files.Add(new FileToImport(written[..equals].Trim(), written[(equals + 1)..].Trim()));
        }

        var result = HistoryImporter.Import(new ImportRequest(args.Repository, args.Policy, files, args.Content, args.Revision, args.DatePatterns, args.DryRun));
        if (result.UsageError is not null)
        {
            UsageErrorText.Print(result.UsageError, terminal, OptionNames);
            terminal.Error.WriteLine("Nothing was imported.", Palette.Error);
            return CliApp.UsageErrors;
        }

        DiagnosticPrinter.Print(result.Diagnostics, args.Content, DiagnosticFormat.Text, terminal);
        if (!result.Succeeded)
        {
            terminal.Error.WriteLine("Nothing was imported.", Palette.Error);
            return CliApp.ContentErrors;
        }

        ImportReportPrinter.Print(result.Report!, args.Content, terminal.Out);
        return CliApp.Success;
    }
}
