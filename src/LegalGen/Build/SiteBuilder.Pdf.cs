using LegalGen.Localization;
using LegalGen.Model;
using LegalGen.Output;
using LegalGen.Pdf;

namespace LegalGen.Build;

public static partial class SiteBuilder
{
    /// <summary>
    /// PrintPdfs — each version's page, as written in the staging folder with every asset and kept file beside it, printed
    /// to its PDF there (<see cref="VersionPdfs"/>), before the site is put in place: a page that does not print fails the
    /// build, and the previous site stays as it was. Returns how many were printed, or the failure.
    /// </summary>
    private static (int Printed, PdfFailure? Failure) PrintPdfs(
        IPdfPrinter printer, Site site, IReadOnlyDictionary<string, InterfaceStrings> strings, Uri? baseUrl, DateOnly asOf,
        ISiteOutput output, int pages, IProgress<BuildProgress>? progress)
    {
        if (output.StagingDirectory is not { } staged) return (0, null);
        var jobs = VersionPdfs.For(site, strings, baseUrl, asOf);
        var policies = site.Policies.Count;
        progress?.Report(new BuildProgress(policies, policies, pages, 0, jobs.Count));
        var failure = printer.Print(
            staged,
            baseUrl,
            jobs,
            (job, pdf) => output.WriteBytes(job.PdfPath, PdfDates.Set(pdf, job.Date)),
            done => progress?.Report(new BuildProgress(policies, policies, pages, done, jobs.Count)));
        return (jobs.Count, failure);
    }
}
