namespace LegalGen.Redline.Model;

/// <summary>
/// One change as a reader counts them: a run of consecutive changed blocks, numbered from 1 in reading
/// order. <see cref="First"/> and <see cref="Last"/> index <see cref="RedlineDiff.Blocks"/>.
/// </summary>
public sealed record RedlineHunk(int Number, int First, int Last);
