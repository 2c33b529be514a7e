using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>
/// The block kept its words but moved to another level (<see cref="DocumentBlock.Level"/>): a heading's level
/// (<c>##</c> → <c>###</c>), a list item's or a paragraph's depth in lists, or a table row that became the header row (1) or left it (0).
/// </summary>
public sealed record LevelChange(BlockKind Kind, int Old, int New) : FormatChange;
