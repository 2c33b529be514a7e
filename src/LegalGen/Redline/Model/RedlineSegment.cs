namespace LegalGen.Redline.Model;

/// <summary>A stretch of tokens that the new version keeps, inserts or deletes.</summary>
public sealed record RedlineSegment(SegmentKind Kind, IReadOnlyList<Token> Tokens);
