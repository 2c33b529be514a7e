using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>One kind of emphasis (bold, italics, strike-through or code) was put on the words (<see cref="Added"/>) or taken off them.</summary>
public sealed record EmphasisChange(InlineStyle Style, bool Added) : FormatChange;
