namespace LegalGen.Diff;

/// <summary>What changed between two versions of a text, block by block and word by word.</summary>
public sealed record RedlineDiff(IReadOnlyList<BlockChange> Blocks, DiffStatistics Statistics)
{
    /// <summary>The changed blocks, in reading order; change N of the page is <c>Changes[N - 1]</c>.</summary>
    public IReadOnlyList<BlockChange> Changes => Blocks.Where(b => b.Kind != ChangeKind.Unchanged).ToList();

    /// <summary>The sections that changed, in reading order, each with its number of changes.</summary>
    public IReadOnlyList<ChangedSection> ChangedSections(string untitled)
    {
        var sections = new List<ChangedSection>();
        var number = 0;
        foreach (var change in Changes)
        {
            number++;
            var block = change.Block;
            var anchor = block.Kind == Markdown.BlockKind.Heading ? block.Anchor : block.SectionAnchor;
            var title = block.Kind == Markdown.BlockKind.Heading ? block.PlainText.Trim() : block.SectionTitle ?? untitled;
            if (sections.Count > 0 && sections[^1].Anchor == anchor && sections[^1].Title == title)
                sections[^1] = sections[^1] with { Changes = sections[^1].Changes + 1 };
            else
                sections.Add(new ChangedSection(anchor, title, number, 1));
        }

        return sections;
    }
}
