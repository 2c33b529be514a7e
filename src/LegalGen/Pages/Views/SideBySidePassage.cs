namespace LegalGen.Pages.Views;

/// <summary>One change of the side-by-side redline, or the unchanged rows between two changes.</summary>
/// <param name="Change">The change's number, from 1 in reading order; null for unchanged rows.</param>
public sealed record SideBySidePassage(int? Change, IReadOnlyList<SideBySideRow> Rows);
