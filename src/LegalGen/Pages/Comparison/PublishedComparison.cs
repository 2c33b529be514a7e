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
    /// <param name="textLanguage">
    /// The language of the element the redline is shown in, the texts' (the binding language's where a version has no
    /// translation): interface text inside it in another language says so. The reader's language when null.
    /// </param>
    public static PublishedComparisonResult Compare(
        string olderHtml, string newerHtml, InterfaceStrings ui, string? olderText = null, string? newerText = null, string? textLanguage = null)
    {
        var diff = Redline(olderHtml, newerHtml);
        var labels = RedlineStrings.Labels(ui) with { OlderText = olderText, NewerText = newerText };
        // The summary stands in the reader's language, the redline in the texts': interface text in another says so.
        return new PublishedComparisonResult(
            diff,
            LanguageMarks.Resolve(ComparisonMarkup.Summary(diff.Statistics, ui, CountedUnits.Of(textLanguage ?? ui.Language)), ui.Language, LanguageNames.DirectionOf),
            LanguageMarks.Resolve(ComparisonMarkup.Redline(RedlineViews.Inline(diff, labels), ui), textLanguage ?? ui.Language, LanguageNames.DirectionOf));
    }

    /// <summary>The redline of two published texts, as <c>legalgen diff</c> computes it from their Markdown.</summary>
    public static RedlineDiff Redline(string olderHtml, string newerHtml) =>
        RedlineBuilder.Compare(PublishedText.Blocks(olderHtml), PublishedText.Blocks(newerHtml));
}
