namespace LegalGen.Redline.Model;

/// <summary>
/// A difference a reader sees on a page although the words are the same: a link that leads elsewhere, bold or italics
/// added or taken away, a space between two words, a heading one level lower, a list numbered instead of bulleted. The
/// redline records it on the words (<see cref="RedlineSegment.Formatting"/>) or the block (<see cref="BlockChange.Formatting"/>)
/// it applies to, so that no change is counted without something marked.
/// </summary>
public abstract record FormatChange;
