using LegalGen.Build;

namespace LegalGen.Cli.Printing;

/// <summary>"2 policies, 5 versions, 2 languages: 27 pages" — what a build or check went through.</summary>
internal static class SummaryText
{
    public static string Of(BuildSummary s) =>
        $"{Words.Count(s.Policies, "policy", "policies")}, {Words.Count(s.Versions, "version", "versions")}, "
        + $"{Words.Count(s.Languages, "language", "languages")}: {Words.Count(s.Pages, "page", "pages")}"
        + (s.Pdfs is { } pdfs ? $", {Words.Count(pdfs, "PDF", "PDFs")}" : "");
}
