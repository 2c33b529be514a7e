namespace LegalGen.Pages.Views;

/// <summary>
/// The inline redline, as <c>_redline.sbn</c> writes it: the text in stretches that stay in view or are folded
/// away, each made of passages (a change, or unchanged blocks), each of groups of blocks (a list, a table, or
/// other blocks one after another).
/// </summary>
/// <param name="Changes">How many changes the redline has (the changes are numbered 1 to this).</param>
public sealed record RedlineView(IReadOnlyList<RedlineStretch> Stretches, int Changes);
