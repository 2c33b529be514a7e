using System.Runtime.InteropServices.JavaScript;
using System.Runtime.Versioning;
using LegalGen.Pages.Comparison;
using LegalGen.Redline.Writers;

namespace LegalGen.Browser;

/// <summary>
/// What the compare page's script (<c>templates/assets/compare.js</c>) calls: two versions compared from the texts their
/// pages carry, by the core's one engine (<see cref="PublishedComparison"/>). Strings in, strings out: the interop
/// between JavaScript and .NET passes text cheaply, and JSON keeps the answer one value.
/// </summary>
[SupportedOSPlatform("browser")]
public static partial class Comparison
{
    /// <summary>
    /// The redline of two versions as the compare page shows it: JSON with the summary (counts and legend), the inline
    /// redline as HTML, whether anything changed, and the counts (<see cref="ComparisonAnswer"/>).
    /// </summary>
    /// <param name="olderHtml">The older version's text: the inner HTML of its page's element marked <c>data-text</c>.</param>
    /// <param name="newerHtml">The newer version's text.</param>
    /// <param name="strings">The interface strings the compare page carries (<see cref="ComparisonStrings"/>).</param>
    /// <param name="olderText">The older version's page, relative to the compare page: where links to fragments of its text lead.</param>
    /// <param name="newerText">The newer version's page.</param>
    /// <param name="textLanguage">The language of the texts, which the redline is shown in (the binding language where a version is not translated).</param>
    [JSExport]
    public static string Compare(string olderHtml, string newerHtml, string strings, string olderText, string newerText, string textLanguage)
    {
        var result = PublishedComparison.Compare(olderHtml, newerHtml, ComparisonStrings.Read(strings), olderText, newerText, textLanguage);
        return new ComparisonAnswer(result.Summary, result.Redline, result.Diff.Statistics).ToJson();
    }

    /// <summary>The redline of two versions' texts as <c>legalgen diff --format json</c> prints it (<see cref="RedlineJsonWriter"/>).</summary>
    [JSExport]
    public static string Json(string olderHtml, string newerHtml) =>
        RedlineJsonWriter.Write(PublishedComparison.Redline(olderHtml, newerHtml));
}
