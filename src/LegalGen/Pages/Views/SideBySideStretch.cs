namespace LegalGen.Pages.Views;

/// <summary>Consecutive rows of the side-by-side redline that are all in view, or all left out (<see cref="IsFolded"/>, then only counted: <see cref="Passages"/> is empty).</summary>
/// <param name="Blocks">How many blocks the stretch has.</param>
public sealed record SideBySideStretch(bool IsFolded, int Blocks, IReadOnlyList<SideBySidePassage> Passages);
