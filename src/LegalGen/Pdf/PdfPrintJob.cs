namespace LegalGen.Pdf;

/// <summary>One page of the site to print as a PDF, and the running header and footer of each printed page.</summary>
/// <param name="PagePath">The page's path from the site's root (<c>en/privacy/2023-03-01/index.html</c>).</param>
/// <param name="PdfPath">Where its PDF goes, from the site's root (<c>en/privacy/2023-03-01/privacy-2023-03-01-en.pdf</c>).</param>
/// <param name="Header">
/// The header printed at the top of every page, as HTML (a browser's header template: every value in it is escaped,
/// and the elements classed <c>pageNumber</c> and <c>totalPages</c> receive the page's number and the count).
/// </param>
/// <param name="Footer">The footer printed at the bottom of every page, HTML as <paramref name="Header"/>.</param>
/// <param name="Date">The date the PDF's own creation and modification dates are set to, so a build writes the same bytes for the same input.</param>
public sealed record PdfPrintJob(string PagePath, string PdfPath, string Header, string Footer, DateOnly Date);
