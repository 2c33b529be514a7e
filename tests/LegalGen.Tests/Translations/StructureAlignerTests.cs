using LegalGen.Markdown;
using LegalGen.Translations;

namespace LegalGen.Tests.Translations;

public class StructureAlignerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static List<(string?, string?)> Align(string source, string translation) => StructureAligner
        .Align(Renderer.Render(source).Blocks, Renderer.Render(translation).Blocks)
        .Select(p => (p.Source?.PlainText, p.Translation?.PlainText))
        .ToList();

    [Fact]
    public void Blocks_of_the_same_structure_face_each_other_whatever_their_words()
    {
        Assert.Equal([("Zakres", "Scope"), ("Tekst.", "Text."), ("a", "x"), ("b", "y")], Align("## Zakres\n\nTekst.\n\n- a\n- b\n", "## Scope\n\nText.\n\n- x\n- y\n"));
    }

    [Fact]
    public void A_missing_section_and_an_extra_list_item_stand_alone()
    {
        // Structure alone cannot tell which of two list items is the extra one; it can tell that one is.
        var aligned = Align("## A\n\nOne.\n\n## B\n\nTwo.\n\n- x\n", "## A\n\nOne.\n\n- x\n- extra\n");

        Assert.Equal([("A", "A"), ("One.", "One."), ("B", null), ("Two.", null)], aligned.Take(4));
        Assert.Equal(2, aligned.Skip(4).Count(p => p.Item2 is not null));
        Assert.Single(aligned.Skip(4), p => p.Item1 is null);
    }

    [Fact]
    public void A_heading_whose_level_changed_still_faces_its_counterpart()
    {
        Assert.Equal([("Zakres", "Scope"), ("Tekst.", "Text.")], Align("## Zakres\n\nTekst.\n", "### Scope\n\nText.\n"));
    }
}
