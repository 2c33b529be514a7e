namespace LegalGen.Pages.Views;

/// <summary>
/// The side-by-side redline, as <c>_redline_side_by_side.sbn</c> writes it: rows of the older version's block beside
/// the newer one's, in stretches that are in view or, unchanged and long, only counted (the inline view unfolds them).
/// </summary>
/// <param name="Changes">How many changes the redline has.</param>
public sealed record SideBySideView(IReadOnlyList<SideBySideStretch> Stretches, int Changes);
