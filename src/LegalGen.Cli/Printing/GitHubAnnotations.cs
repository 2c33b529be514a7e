using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands, which the pull request shows on the offending lines:
/// <c>::error file=content/privacy/2025-02-01.en.md,line=3,col=1,title=LG009::unknown key…</c>.
/// </summary>
internal static class GitHubAnnotations
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            var file = TerminalText.Escape(DiagnosticPaths.FromCurrentFolder(d, contentDirectory));
            var message = d.Hint is null ? TerminalText.Escape(d.Message) : $"{TerminalText.Escape(d.Message)}\nhint: {TerminalText.Escape(d.Hint)}";
            writer.WriteLine($"::{(d.IsError ? "error" : "warning")} file={Property(file)},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code)}::{Data(message)}");
        }
    }

    // The escapes GitHub's runner undoes: '%', CR and LF everywhere, and ':' and ',' in properties.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
