namespace LegalGen.Pages.Views;

/// <summary>Consecutive blocks of a redline that are all in view, or all folded away.</summary>
/// <param name="IsFolded">
/// True for a long unchanged stretch: folded into a <c>&lt;details&gt;</c> on full diff pages; on compact ones left
/// out, only counted, and <see cref="Passages"/> is empty.
/// </param>
/// <param name="Blocks">How many blocks the stretch has.</param>
public sealed record RedlineStretch(bool IsFolded, int Blocks, IReadOnlyList<RedlinePassage> Passages);
