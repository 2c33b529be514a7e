using LegalGen.Pdf;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Why the PDFs could not be made, with its code and what to do, as diagnostics are printed:
/// <code>
/// error LG090: cannot make PDFs: no Chromium or Google Chrome found; looked for chromium on the PATH, …
///     hint: install Chromium (…), or give the path of one with --pdf-browser PATH …
/// </code>
/// </summary>
internal static class PdfFailureText
{
    public static void Print(PdfFailure failure, Terminal terminal)
    {
        terminal.Error.Write("error", Palette.Error).WriteLine($" {failure.Code}: {failure.Message}");
        terminal.Error.Write("    ").Write("hint:", Palette.Hint).WriteLine(" " + failure.Hint);
    }
}
