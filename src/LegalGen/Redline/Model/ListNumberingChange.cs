using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>
/// The list the item is in is marked otherwise: <see cref="Old"/> and <see cref="New"/> are the markers the list starts
/// with (<see cref="DocumentBlock.ListStart"/>: "•" for bullets, "1.", "3.", "a)"…) — bullets became numbers, or the
/// numbering starts elsewhere or is written otherwise.
/// </summary>
public sealed record ListNumberingChange(string Old, string New) : FormatChange;
