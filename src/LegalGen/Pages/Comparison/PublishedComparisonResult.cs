using LegalGen.Redline.Model;

namespace LegalGen.Pages.Comparison;

/// <summary>A comparison of two published texts: the redline, and its summary and inline view as HTML.</summary>
/// <param name="Summary">The counts and legend (or the note that both versions read the same), as a diff page's summary writes them.</param>
/// <param name="Redline">The inline redline, as a diff page's inline view writes it (<c>&lt;div class="redline"&gt;</c>).</param>
public sealed record PublishedComparisonResult(RedlineDiff Diff, string Summary, string Redline);
