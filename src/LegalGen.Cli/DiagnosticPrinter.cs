using LegalGen.Diagnostics;

namespace LegalGen.Cli;

/// <summary>Prints diagnostics as <c>file:line:col: error CODE: message</c> with the hint below, then a count.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{d.Location}: {(d.IsError ? "error" : "warning")} {d.Code}: {d.Message}");
            if (d.Hint is not null) writer.WriteLine($"    hint: {d.Hint}");
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
            writer.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}.");
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
}
