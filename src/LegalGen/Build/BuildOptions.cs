namespace LegalGen.Build;

/// <summary>What to build and how: the folders, the as-of date, and whether drafts and warnings count.</summary>
/// <param name="TemplatesDirectory">The templates folder; null for <c>templates/</c> in the current folder if it exists, else the built-in templates.</param>
/// <param name="Force">Replace an output folder even if LegalGen did not write it.</param>
/// <param name="BaseUrl">The address the site is published at, overriding site.yml's base_url (e.g. a pull-request preview).</param>
/// <param name="CompareEngineDirectory">
/// The in-browser comparison's engine — the <c>_framework</c> folder of the published <c>LegalGen.Browser</c> — which the
/// build copies once into the site (<see cref="Pages.SiteUrls.CompareEngine"/>) so that compare pages compare any two versions;
/// null, or a folder that does not exist, for a site whose compare pages link to the diff pages only. The program that
/// runs the build knows where its files are; this library does not.
/// </param>
/// <param name="Rebuild">Build even when nothing changed since the last build of the output folder (see <see cref="BuildRecord"/>).</param>
/// <param name="PdfPrinter">
/// Prints a PDF of each version's page into the site before it is put in place (<see cref="Pdf.VersionPdfs"/>), and the
/// version pages link to them; null for a site without PDFs. The program that runs the build drives the browser; this
/// library does not.
/// </param>
/// <param name="Search">
/// What indexes the site for search (<see cref="Search.PagefindIndexer"/>, found by <see cref="Search.PagefindLocator"/>); null
/// for a site without search — no search page, no link to one, no index. With one, every page links its language's
/// search page and the built site is indexed before it takes the output's place; a failure to index fails the build.
/// </param>
public sealed record BuildOptions(
    string ContentDirectory,
    string? TemplatesDirectory,
    string OutputDirectory,
    DateOnly AsOf,
    bool IncludeDrafts = false,
    bool Strict = false,
    bool Force = false,
    string? BaseUrl = null,
    string? CompareEngineDirectory = null,
    bool Rebuild = false,
    Pdf.IPdfPrinter? PdfPrinter = null,
    Search.SearchIndexer? Search = null)
{
    /// <summary>The engine's folder when there is one to copy.</summary>
    public string? CompareEngine => CompareEngineDirectory is { } folder && Directory.Exists(folder) ? folder : null;
}
