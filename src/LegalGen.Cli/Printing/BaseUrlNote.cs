using LegalGen.Build;
using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// Says that a site built without its address left out what needs one. base_url is optional, so this is a note after
/// the summary, never a warning: it fails no --strict build and is no annotation in CI.
/// </summary>
internal static class BaseUrlNote
{
    public static void Print(BuildSummary summary, StyledWriter writer)
    {
        if (!summary.WithoutBaseUrl) return;
        writer.Write($"note {DiagnosticCodes.BaseUrlMissing}:", Palette.Hint)
            .WriteLine(" the site has no base_url, so feeds, sitemap.xml and canonical links are left out; add 'base_url: https://…/' to site.yml, or give --base-url, to have them");
    }
}
