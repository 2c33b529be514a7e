using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>The compare page's data: the versions, and for each ordered pair the diff page if there is one.</summary>
/// <param name="Rows">One row per older version; each cell links to the diff against a newer version (null when not generated or not newer).</param>
/// <param name="Script">The page's script (<c>assets/compare.js</c>), which opens a pair's diff page or compares a pair without one in the browser.</param>
/// <param name="ScriptData">What the script needs, as JSON for a <c>&lt;script type="application/json"&gt;</c> element (see <see cref="Comparison.CompareScriptData"/>).</param>
/// <param name="HasEngine">True when the site carries the in-browser comparison's engine, so every pair can be compared on the page.</param>
public sealed record CompareView(IReadOnlyList<VersionLink> Versions, IReadOnlyList<CompareRow> Rows, int PairCount, string Script, RawHtml ScriptData, bool HasEngine);
