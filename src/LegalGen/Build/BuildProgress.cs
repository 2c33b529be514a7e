namespace LegalGen.Build;

/// <summary>
/// How far a build is: policies are rendered one after another, each with all its pages; then, for a site with PDFs,
/// the PDFs are printed (<paramref name="Pdfs"/> of them, <paramref name="PdfsDone"/> so far).
/// </summary>
public sealed record BuildProgress(int PoliciesDone, int Policies, int Pages, int PdfsDone = 0, int Pdfs = 0);
