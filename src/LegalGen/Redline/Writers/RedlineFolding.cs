using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// Which blocks of a redline stay in view — the same on the web page and in the terminal: changed blocks,
/// <see cref="Context"/> unchanged blocks either side, and the heading of each changed section; the rest
/// is folded away.
/// </summary>
internal static class RedlineFolding
{
    /// <summary>Unchanged blocks shown around each change before the rest is folded.</summary>
    public const int Context = 1;

    public static bool[] Visible(IReadOnlyList<BlockChange> blocks)
    {
        var visible = new bool[blocks.Count];
        var sectionHeading = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Block.Kind == BlockKind.Heading && blocks[i].IsInNew) sectionHeading = i;
            if (blocks[i].Kind == ChangeKind.Unchanged) continue;
            for (var j = Math.Max(0, i - Context); j <= Math.Min(blocks.Count - 1, i + Context); j++) visible[j] = true;
            if (sectionHeading >= 0) visible[sectionHeading] = true;
        }

        // Folding a single block saves nothing and splits lists: show it.
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!visible[i] && (i == 0 || visible[i - 1]) && (i == blocks.Count - 1 || visible[i + 1])) visible[i] = true;
        }

        return visible;
    }
}
