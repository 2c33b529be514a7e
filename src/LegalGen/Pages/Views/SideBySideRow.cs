using LegalGen.Html;
using LegalGen.Redline.Model;

namespace LegalGen.Pages.Views;

/// <summary>One row of the side-by-side redline: a block of the older version beside the same block in the newer one.</summary>
/// <param name="Old">
/// The older version's block as HTML, its deleted words marked (for a block that moved here: as it read at its old
/// place); null for an inserted block.
/// </param>
/// <param name="New">The newer version's block as HTML, its inserted words marked; null for a deleted block or the place a block moved away from.</param>
/// <param name="MovedTo">For a block that moved away from here: the number of the change it moved to.</param>
/// <param name="MovedFrom">For a block that moved here: the number of the change it came from.</param>
public sealed record SideBySideRow(ChangeKind Change, HtmlFragment? Old, HtmlFragment? New, int? MovedTo, int? MovedFrom);
