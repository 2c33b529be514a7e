using LegalGen.Markdown;

namespace LegalGen.Redline.Model;

/// <summary>What changed between two versions of a text, block by block and word by word.</summary>
public sealed record RedlineDiff(IReadOnlyList<BlockChange> Blocks, RedlineStatistics Statistics)
{
    private IReadOnlyList<RedlineHunk>? _hunks;

    /// <summary>The changed blocks, in reading order.</summary>
    public IReadOnlyList<BlockChange> Changes => Blocks.Where(b => b.Kind != ChangeKind.Unchanged).ToList();

    /// <summary>The changes a reader jumps between: runs of consecutive changed blocks.</summary>
    public IReadOnlyList<RedlineHunk> Hunks => _hunks ??= FindHunks(Blocks);

    /// <summary>
    /// The sections that changed, in reading order, each with the first change that touches it and how
    /// many changes touch it. <paramref name="untitled"/> names the text before the first heading.
    /// </summary>
    public IReadOnlyList<ChangedSection> ChangedSections(string untitled)
    {
        var sections = new List<ChangedSection>();
        foreach (var hunk in Hunks)
        {
            var touched = new List<(string? Anchor, string Title)>();
            for (var i = hunk.First; i <= hunk.Last; i++)
            {
                var block = Blocks[i].Block;
                var section = block.Kind == BlockKind.Heading
                    ? (block.Anchor, block.PlainText.Trim())
                    : (block.SectionAnchor, block.SectionTitle ?? untitled);
                if (!touched.Contains(section)) touched.Add(section);
            }

            foreach (var (anchor, title) in touched)
            {
                var existing = sections.FindIndex(s => s.Anchor == anchor && s.Title == title);
                if (existing < 0) sections.Add(new ChangedSection(anchor, title, hunk.Number, 1));
                else sections[existing] = sections[existing] with { Changes = sections[existing].Changes + 1 };
            }
        }

        return sections;
    }

    private static List<RedlineHunk> FindHunks(IReadOnlyList<BlockChange> blocks)
    {
        var hunks = new List<RedlineHunk>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == ChangeKind.Unchanged) continue;
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].Kind != ChangeKind.Unchanged) last++;
            hunks.Add(new RedlineHunk(hunks.Count + 1, i, last));
            i = last;
        }

        return hunks;
    }
}
