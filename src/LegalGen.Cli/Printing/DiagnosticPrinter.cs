using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Prints a run's diagnostics, all at once, sorted by file and line, in the chosen format, then a count on
/// standard error. Text goes to standard error; annotations and JSON, being output for tools, to standard output.
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory, DiagnosticFormat format, Terminal terminal)
    {
        switch (format)
        {
            case DiagnosticFormat.GitHub:
                GitHubAnnotations.Print(diagnostics, contentDirectory, terminal.Out.Plain);
                break;
            case DiagnosticFormat.Json:
                JsonDiagnostics.Print(diagnostics, contentDirectory, terminal.Out.Plain);
                break;
            default:
                foreach (var diagnostic in diagnostics) PrintText(diagnostic, contentDirectory, terminal.Error);
                break;
        }

        PrintCount(diagnostics, terminal.Error);
    }

    /// <summary>
    /// <c>file:line:col: error CODE: message</c>, the line of the file with a caret under the column, and the hint:
    /// <code>
    /// privacy/2025-02-01.en.md:3:1: error LG009: unknown key 'sumary' in the front matter
    ///     3 | sumary: Logs are kept for 12 months.
    ///       | ^^^^^^
    ///     hint: did you mean 'summary'?
    /// </code>
    /// and an empty line, so each problem stands apart.
    /// </summary>
    public static void PrintText(Diagnostic diagnostic, string contentDirectory, StyledWriter writer)
    {
        var severity = diagnostic.IsError ? Palette.Error : Palette.Warning;
        writer.Write($"{diagnostic.Location}:", Palette.Location).Write(" ")
            .Write(diagnostic.IsError ? "error" : "warning", severity)
            .WriteLine($" {diagnostic.Code}: {diagnostic.Message}");

        if (SourceExcerpt.Read(diagnostic, contentDirectory) is { } excerpt)
        {
            var number = excerpt.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.Write("    ").Write(number + " |", Palette.Gutter).WriteLine(" " + excerpt.Text);
            writer.Write("    ").Write(new string(' ', number.Length) + " |", Palette.Gutter)
                .WriteLine(" " + new string(' ', excerpt.Caret - 1) + new string('^', excerpt.Width), severity);
        }

        if (diagnostic.Hint is not null) writer.Write("    ").Write("hint:", Palette.Hint).WriteLine(" " + diagnostic.Hint);
        writer.WriteLine();
    }

    public static void PrintCount(IReadOnlyList<Diagnostic> diagnostics, StyledWriter writer)
    {
        if (diagnostics.Count == 0) return;
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        writer.WriteLine($"{Words.Count(errors, "error", "errors")}, {Words.Count(warnings, "warning", "warnings")}.",
            errors > 0 ? Palette.Error : Palette.Warning);
    }
}
