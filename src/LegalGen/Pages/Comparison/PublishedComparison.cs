using LegalGen.Localization;
using LegalGen.Markdown;
using LegalGen.Pages.Planning;
using LegalGen.Redline;
using LegalGen.Redline.Model;

namespace LegalGen.Pages.Comparison;

/// <summary>
/// Two versions compared from their published pages, as a reader's browser compares a pair no diff page was written for:
/// each text read back into its blocks (<see cref="PublishedText"/>), compared by the one redline engine
/// (<see cref="RedlineBuilder"/>), and shown as a diff page's inline view shows it, the diff pages' own blocks
/// (<see cref="RedlineViews"/>) in their markup (<see cref="ComparisonMarkup"/>).
/// </summary>
public static class PublishedComparison
{
    /// <param name="olderHtml">The older version's text as its page carries it (the element marked <c>data-text</c>).</param>
    /// <param name="newerHtml">The newer version's text.</param>
    /// <param name="ui">The interface strings in the reader's language (<see cref="ComparisonStrings.Read"/>).</param>
    /// <param name="olderText">Where a link to a fragment of the older text leads, relative to the page showing the comparison.</param>
    /// <param name="newerText">Where a link to a fragment of the newer text leads.</param>
    public static PublishedComparisonResult Compare(string olderHtml, string newerHtml, InterfaceStrings ui, string? olderText = null, string? newerText = null)
    {
        var diff = Redline(olderHtml, newerHtml);
        var labels = RedlineStrings.Labels(ui) with { OlderText = olderText, NewerText = newerText };
        return new PublishedComparisonResult(diff, ComparisonMarkup.Summary(diff.Statistics, ui), ComparisonMarkup.Redline(RedlineViews.Inline(diff, labels), ui));
    }

    /// <summary>The redline of two published texts, as <c>legalgen diff</c> computes it from their Markdown.</summary>
    public static RedlineDiff Redline(string olderHtml, string newerHtml) =>
        RedlineBuilder.Compare(PublishedText.Blocks(olderHtml), PublishedText.Blocks(newerHtml));
}
