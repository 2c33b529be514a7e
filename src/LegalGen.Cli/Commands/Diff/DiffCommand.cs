using System.Globalization;
using LegalGen.Cli.Printing;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Model;

namespace LegalGen.Cli.Commands.Diff;

/// <summary>
/// Prints the redline of two versions: struck red, underlined green and, for words whose formatting or link changed,
/// underlined blue with a note, moved text in italic magenta at both its places on a colour terminal; <c>[-…-]{+…+}{~…~}{=…=}</c> otherwise.
/// </summary>
internal static class DiffCommand
{
    public sealed record Arguments(string Policy, string From, string To, string? Language, string Content, bool Json = false);

    public static int Run(Arguments args, Terminal terminal)
    {
        var result = VersionRedlines.Compare(args.Content, args.Policy, args.From, args.To, args.Language);
        if (result.UsageError is not null)
        {
            UsageErrorText.Print(result.UsageError, terminal);
            return CliApp.UsageErrors;
        }

        if (result.Comparison is not { } comparison)
        {
            DiagnosticPrinter.Print(result.Diagnostics, args.Content, DiagnosticFormat.Text, terminal);
            return CliApp.ContentErrors;
        }

        if (args.Json)
        {
            terminal.Out.Plain.Write(RedlineJsonWriter.Write(comparison.Diff));
            return CliApp.Success;
        }

        var writer = terminal.Out;
        writer.WriteLine($"{comparison.Policy}: {DateKey.Of(comparison.From)} → {DateKey.Of(comparison.To)} ({comparison.TextLanguage})", Palette.Location);
        if (comparison.IsFallback)
            writer.WriteLine($"Not both versions are translated into '{comparison.Language}': comparing the binding '{comparison.TextLanguage}' texts.", Palette.Warning);
        var bindingDiff = $"legalgen diff {comparison.Policy} {DateKey.Of(comparison.From)} {DateKey.Of(comparison.To)}";
        if (comparison.TranslationNotUpdated)
            writer.WriteLine($"The '{comparison.Language}' translation was not updated for {DateKey.Of(comparison.To)}, although the binding text changed; compare the binding texts: {bindingDiff}", Palette.Warning);
        else if (comparison.TranslationOf is { } basis)
            writer.WriteLine($"The '{comparison.Language}' text of {DateKey.Of(comparison.To)} translates the binding version of {DateKey.Of(basis)}, whose text differs; compare the binding texts: {bindingDiff}", Palette.Warning);
        writer.WriteLine();

        if (writer.HasColour) WriteColoured(comparison.Diff, writer);
        else writer.Plain.Write(RedlineTextWriter.Write(comparison.Diff));

        writer.WriteLine();
        writer.WriteLine(comparison.TranslationNotUpdated && !comparison.Diff.Statistics.HasChanges
            ? $"No changes in the '{comparison.Language}' translation; the binding text changed."
            : RedlineTextWriter.Summary(comparison.Diff.Statistics), Palette.Location);
        return CliApp.Success;
    }

    private static void WriteColoured(RedlineDiff diff, StyledWriter writer)
    {
        foreach (var line in RedlineTextWriter.Lines(diff))
        {
            foreach (var span in line)
            {
                writer.Write(span.Text, span.Kind switch
                {
                    RedlineTextKind.Deleted => Palette.Deleted,
                    RedlineTextKind.Inserted => Palette.Inserted,
                    RedlineTextKind.Reformatted => Palette.Reformatted,
                    RedlineTextKind.Moved => Palette.Moved,
                    RedlineTextKind.Omission or RedlineTextKind.Marker or RedlineTextKind.Note => Palette.Dim,
                    _ => (Palette?)null,
                });
            }

            writer.WriteLine();
        }
    }
}
