namespace LegalGen.Diff;

/// <summary>
/// One change as a reader counts them: a run of consecutive changed blocks, numbered from 1 in reading
/// order. <see cref="First"/> and <see cref="Last"/> index <see cref="RedlineDiff.Blocks"/>.
/// </summary>
public sealed record DiffHunk(int Number, int First, int Last);
