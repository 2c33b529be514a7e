using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>A stretch of one line of a text redline.</summary>
public readonly record struct RedlineTextSpan(string Text, RedlineTextKind Kind);
