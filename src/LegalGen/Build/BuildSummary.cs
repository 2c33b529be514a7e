using LegalGen.Output;

namespace LegalGen.Build;

/// <summary>What a successful build produced.</summary>
/// <param name="IndexFile">The full path of the site's entry page; null for a check, which writes nothing.</param>
/// <param name="Leftovers">Folders of old sites that could not be removed (the new site is in place all the same); the next build tries again.</param>
/// <param name="UnchangedSince">
/// When nothing changed since the last build of the output folder, so the build wrote nothing: when that build wrote
/// the site (UTC). Null for a build that wrote the site.
/// </param>
/// <param name="PoliciesRendered">How many policies' pages were rendered; the others' were taken from the previous build (<c>serve</c>).</param>
/// <param name="Pdfs">How many PDFs the build printed; null when it made none (or wrote nothing, nothing having changed).</param>
/// <param name="WithoutBaseUrl">
/// The site was built without its absolute address (no base_url in site.yml, no --base-url), so feeds, sitemap.xml and
/// canonical links were left out. base_url is optional: this is a note, not a warning (<see cref="Diagnostics.DiagnosticCodes.BaseUrlMissing"/>).
/// False when nothing changed since the last build.
/// </param>
/// <param name="Search">The search index the build made; null for a site built without search, and when nothing changed.</param>
public sealed record BuildSummary(
    int Policies,
    int Versions,
    int Languages,
    int Pages,
    long Milliseconds,
    string? IndexFile,
    IReadOnlyList<LeftoverFolder>? Leftovers = null,
    DateTime? UnchangedSince = null,
    int? PoliciesRendered = null,
    int? Pdfs = null,
    Search.SearchIndex? Search = null,
    bool WithoutBaseUrl = false);
