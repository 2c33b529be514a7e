using LegalGen.Html;

namespace LegalGen.Pages.Views;

/// <summary>
/// What a policy's pages need to tell a reader which version was in force on a date: the ranges of dates each version
/// was in force (the change log's table, which works without JavaScript), and the data of the date picker's script.
/// </summary>
/// <param name="Ranges">Every version with its first and last day in force, newest first.</param>
/// <param name="TableUrl">The change log's table of dates in force (<c>#in-force</c>), linked from the page.</param>
/// <param name="Script">The picker's script, <c>assets/point-in-time.js</c>.</param>
/// <param name="ScriptData">What the script needs, as JSON for a <c>&lt;script type="application/json" id="pit-data"&gt;</c> element (see <see cref="PointInTimeScriptData"/>).</param>
public sealed record PointInTimeView(IReadOnlyList<InForceRange> Ranges, string TableUrl, string Script, RawHtml ScriptData);
