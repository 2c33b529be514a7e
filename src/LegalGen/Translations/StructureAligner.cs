using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;

namespace LegalGen.Translations;

/// <summary>
/// Aligns a translation's blocks with the binding text's by structure alone: headings with headings of the
/// same level, list items at the same depth, table rows with the same number of cells, in order.
/// </summary>
public static class StructureAligner
{
    public static IReadOnlyList<AlignedBlocks> Align(IReadOnlyList<DocumentBlock> source, IReadOnlyList<DocumentBlock> translation)
    {
        var aligned = new List<AlignedBlocks>(Math.Max(source.Count, translation.Count));
        var sourceKeys = source.Select(KeyOf).ToList();
        var translationKeys = translation.Select(KeyOf).ToList();
        var s = 0;
        foreach (var edit in EditScript.Compute(sourceKeys, translationKeys))
        {
            for (; s < edit.OldStart; s++) aligned.Add(new AlignedBlocks(source[s], translation[edit.NewStart - (edit.OldStart - s)]));

            // Within a drift, blocks of the same kind (a heading whose level changed, a list item at another
            // depth) still face each other, in order; the others stand alone.
            var t = edit.NewStart;
            var newEnd = edit.NewStart + edit.NewCount;
            for (var k = edit.OldStart; k < edit.OldStart + edit.OldCount; k++)
            {
                var match = t;
                while (match < newEnd && translation[match].Kind != source[k].Kind) match++;
                if (match == newEnd)
                {
                    aligned.Add(new AlignedBlocks(source[k], null));
                    continue;
                }

                for (; t < match; t++) aligned.Add(new AlignedBlocks(null, translation[t]));
                aligned.Add(new AlignedBlocks(source[k], translation[match]));
                t = match + 1;
            }

            for (; t < newEnd; t++) aligned.Add(new AlignedBlocks(null, translation[t]));
            s = edit.OldStart + edit.OldCount;
        }

        var offset = translation.Count - source.Count;
        for (; s < source.Count; s++) aligned.Add(new AlignedBlocks(source[s], translation[s + offset]));
        return aligned;
    }

    internal static string KeyOf(DocumentBlock block) => $"{block.Kind}|{block.Level}|{block.Cells.Count}";
}
