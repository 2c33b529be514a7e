namespace LegalGen.Pdf;

/// <summary>
/// Why PDFs could not be made — no browser, a browser that does not start, a page that does not print — with its code
/// (LG090–LG094, <see cref="Diagnostics.DiagnosticCodes"/>), what happened and what to do. The build fails with it, and
/// the previous site stays as it was.
/// </summary>
public sealed record PdfFailure(string Code, string Message, string Hint);
