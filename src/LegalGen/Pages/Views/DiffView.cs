using LegalGen.Html;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;

namespace LegalGen.Pages.Views;

/// <summary>A diff page's data: the two versions, the counts, the changed sections and the redline.</summary>
/// <param name="TextLang">The language of the compared texts: the page's, or the binding language when a translation is missing.</param>
/// <param name="Html">The inline redline.</param>
/// <param name="SideHtml">The same changes as two aligned columns.</param>
/// <param name="IsCompact">The page shows the changes and their context only, not the unchanged text (see <see cref="DiffPairs"/>).</param>
/// <param name="CurrentDiffUrl">When neither version is the current one: the diff from the older one to the current version.</param>
public sealed record DiffView(
    VersionView From,
    VersionView To,
    string TextLang,
    string TextLangName,
    bool IsFallback,
    RedlineStatistics Stats,
    List<SectionLink> Sections,
    RawHtml Html,
    RawHtml SideHtml,
    bool IsCompact,
    string CompareUrl,
    string? CurrentDiffUrl);
