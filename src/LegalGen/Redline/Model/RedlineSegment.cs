namespace LegalGen.Redline.Model;

/// <summary>
/// A stretch of tokens that the new version keeps, inserts or deletes, or keeps with another formatting. Kept and
/// reformatted stretches hold the newer version's tokens, as the reader sees them now.
/// </summary>
public sealed record RedlineSegment(SegmentKind Kind, IReadOnlyList<Token> Tokens)
{
    /// <summary>For kept and reformatted words compared word by word: the older version's tokens, the same words as it formatted them.</summary>
    public IReadOnlyList<Token>? OldTokens { get; init; }

    /// <summary>For reformatted words: what changed in how they look or where they lead, the same for each of them.</summary>
    public IReadOnlyList<FormatChange> Formatting { get; init; } = [];
}
