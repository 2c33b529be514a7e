using System.Globalization;
using LegalGen.Cli.Printing;
using LegalGen.Model;
using LegalGen.Scaffolding;

namespace LegalGen.Cli.Commands.New;

/// <summary>Creates the files of a new version and says what the editor should do next.</summary>
internal static class NewCommand
{
    /// <param name="AsOf">The day a new policy's first version takes effect when no --date is given: --as-of, else SOURCE_DATE_EPOCH, else today.</param>
    public sealed record Arguments(string Policy, string? Date, string Content, string? AsOf = null);

    public static int Run(Arguments args, Terminal terminal)
    {
        DateOnly? date = null;
        if (args.Date is not null)
        {
            if (!DateOnly.TryParseExact(args.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                terminal.Error.Write("error:", Palette.Error).WriteLine($" --date '{args.Date}' is not a date; write it as YYYY-MM-DD, e.g. --date 2026-03-01");
                return CliApp.UsageErrors;
            }

            date = parsed;
        }

        if (AsOfOption.Resolve(args.AsOf, terminal) is not { } today) return CliApp.UsageErrors;
        var result = VersionScaffolder.Create(args.Content, args.Policy, date, today);
        if (result.UsageError is not null)
        {
            UsageErrorText.Print(result.UsageError, terminal);
            return CliApp.UsageErrors;
        }

        DiagnosticPrinter.Print(result.Diagnostics, args.Content, DiagnosticFormat.Text, terminal);
        if (!result.Succeeded)
        {
            terminal.Error.WriteLine("Nothing was created.", Palette.Error);
            return CliApp.ContentErrors;
        }

        PrintCreated(args, result, terminal.Out);
        return CliApp.Success;
    }

    private static void PrintCreated(Arguments args, ScaffoldResult result, StyledWriter writer)
    {
        if (result.IsNewPolicy)
        {
            writer.Write("Created ", Palette.Success).WriteLine($"{Shown(args.Content, result.Files[0].Path)}, the first version of '{args.Policy}'.");
            writer.WriteLine("Next: write its 'title:' and its text, and watch the site as you write with 'legalgen serve'.");
            return;
        }

        var binding = result.Files[0];
        foreach (var file in result.Files)
        {
            writer.Write("Created ", Palette.Success).Write($"{Shown(args.Content, file.Path)}, a copy of {Path.GetFileName(file.CopiedFrom)}");
            if (file.CopiedFromDate < binding.CopiedFromDate)
                writer.Write($" — older than the '{binding.Language}' text: bring the translation up to date", Palette.Warning);
            writer.WriteLine();
        }

        var previous = DateKey.Of(binding.CopiedFromDate!.Value);
        var next = DateKey.Of(result.Date);
        writer.WriteLine($"Next: write 'summary:' (and 'changes:') in each file, edit the text, and compare: legalgen diff {args.Policy} {previous} {next}");
    }

    private static string Shown(string content, string relative) => Path.Join(content.TrimEnd('/', '\\'), relative).Replace('\\', '/');
}
