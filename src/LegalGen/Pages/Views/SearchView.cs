using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>The search page's data.</summary>
/// <param name="Script">The page's script (<c>assets/search.js</c>), which searches the index and lists the results.</param>
/// <param name="ScriptData">What the script needs, as JSON for a <c>&lt;script type="application/json"&gt;</c> element: the index's script, the language, the interface strings.</param>
public sealed record SearchView(string Script, RawHtml ScriptData);
