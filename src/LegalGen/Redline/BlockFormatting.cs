using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>What changed in a block as a whole between two versions, whatever became of its words: its level, its list's numbering.</summary>
internal static class BlockFormatting
{
    public static IReadOnlyList<FormatChange> Between(DocumentBlock old, DocumentBlock @new)
    {
        if (old.Level == @new.Level && old.ListStart == @new.ListStart) return [];
        var changes = new List<FormatChange>(1);
        if (old.Level != @new.Level) changes.Add(new LevelChange(@new.Kind, old.Level, @new.Level));
        if (old.ListStart is { } before && @new.ListStart is { } after && before != after) changes.Add(new ListNumberingChange(before, after));
        return changes;
    }
}
