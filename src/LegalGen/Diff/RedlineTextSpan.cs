namespace LegalGen.Diff;

/// <summary>A stretch of one line of a text redline.</summary>
public readonly record struct RedlineTextSpan(string Text, RedlineTextKind Kind);
