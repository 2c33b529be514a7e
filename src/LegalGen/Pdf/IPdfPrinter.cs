namespace LegalGen.Pdf;

/// <summary>
/// Prints pages of a site written to a folder as PDFs — a headless browser, driven by the program that runs the build
/// (the core library drives none). Given to a build by <see cref="Build.BuildOptions.PdfPrinter"/>.
/// </summary>
public interface IPdfPrinter
{
    /// <summary>What prints (the browser's path), for the fingerprint of a build's inputs: another browser builds again.</summary>
    string Identity { get; }

    /// <summary>
    /// Prints every job's page from <paramref name="siteFolder"/>, where the whole site has been written, and hands each
    /// PDF to <paramref name="save"/> (from any thread, once per job) as it is made; <paramref name="printed"/> is told
    /// how many are done. Stops at the first failure and returns it; null when every job was printed.
    /// </summary>
    /// <param name="siteAddress">
    /// The site's base URL: each page is opened at its published address under it (its files read from
    /// <paramref name="siteFolder"/>), so that the links of its PDF lead to the published pages. Null for a site without
    /// one: its PDFs then have no links to the site's other pages, as no address of theirs is known (links to other sites
    /// and within the page are kept).
    /// </param>
    PdfFailure? Print(string siteFolder, Uri? siteAddress, IReadOnlyList<PdfPrintJob> jobs, Action<PdfPrintJob, byte[]> save, Action<int>? printed = null);
}
