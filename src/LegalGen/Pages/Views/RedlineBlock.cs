using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Pages.Views;

/// <summary>One block of the inline redline: what happened to it, what kind of block it is, and the block as HTML.</summary>
/// <param name="Html">
/// The block's element — <c>&lt;p&gt;</c>, <c>&lt;h2&gt;</c>…<c>&lt;h6&gt;</c>, <c>&lt;li&gt;</c>, <c>&lt;tr&gt;</c>… — with its
/// marker, its words marked and, for a moved block, the link to its other place (<see cref="Redline.Writers.RedlineBlockHtml"/>).
/// </param>
public sealed record RedlineBlock(ChangeKind Change, BlockKind Kind, HtmlFragment Html);
