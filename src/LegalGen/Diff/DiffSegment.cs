namespace LegalGen.Diff;

/// <summary>A stretch of tokens that the new version keeps, inserts or deletes.</summary>
public sealed record DiffSegment(SegmentKind Kind, IReadOnlyList<Token> Tokens);
