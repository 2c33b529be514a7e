using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Redline;

public class MovedTextTests
{
    private const string Section = "## Cookies\n\nWe use cookies to remember your preferences between visits.\n\nYou can refuse cookies in your browser settings at any time.\n\n";
    private const string Other = "## Contact\n\nWrite to us at privacy@example.com with any question about this policy.\n\n";
    private const string Intro = "## Scope\n\nThis policy applies to every service offered on this website.\n\n";

    [Fact]
    public void A_moved_section_is_shown_as_moved_not_deleted_and_inserted()
    {
        var diff = Redlines.Of(Intro + Section + Other, Intro + Other + Section);

        // Either section may be the one that "moved" (the shortest edit keeps the larger one in place):
        // what matters is that a whole section moved, with nothing deleted or inserted.
        Assert.DoesNotContain(diff.Blocks, b => b.Kind is ChangeKind.Deleted or ChangeKind.Inserted or ChangeKind.Modified);
        var moved = diff.Blocks.Where(b => b.Kind == ChangeKind.MovedTo).Select(b => b.New!.Kind).ToList();
        Assert.Equal(LegalGen.Markdown.BlockKind.Heading, moved[0]);
        Assert.Equal(moved.Count, diff.Blocks.Count(b => b.Kind == ChangeKind.MovedFrom));
        Assert.Equal(moved.Count, diff.Statistics.BlocksMoved);
        Assert.Equal(0, diff.Statistics.WordsInserted);
        Assert.Equal(0, diff.Statistics.WordsDeleted);
    }

    [Fact]
    public void The_two_places_of_a_move_share_its_number()
    {
        var diff = Redlines.Of(Intro + Section + Other, Intro + Other + Section);

        var from = diff.Blocks.Where(b => b.Kind == ChangeKind.MovedFrom).Select(b => (b.Move, b.Old!.PlainText)).OrderBy(x => x.Move);
        var to = diff.Blocks.Where(b => b.Kind == ChangeKind.MovedTo).Select(b => (b.Move, b.New!.PlainText)).OrderBy(x => x.Move);
        Assert.Equal(from, to);
    }

    [Fact]
    public void A_moved_paragraph_with_an_edit_shows_the_edit_where_it_arrived()
    {
        var diff = Redlines.Of(
            "First paragraph stays here.\n\nLogs are kept for twelve months and then deleted.\n\nLast paragraph stays too.\n",
            "First paragraph stays here.\n\nLast paragraph stays too.\n\nLogs are kept for six months and then deleted.\n");

        var arrived = Assert.Single(diff.Blocks, b => b.Kind == ChangeKind.MovedTo);
        Assert.Equal("Logs are kept for [-twelve-] {+six+} months and then deleted.", Redlines.Marked(arrived));
        Assert.Equal(1, diff.Statistics.WordsInserted);
        Assert.Equal(1, diff.Statistics.WordsDeleted);
    }

    [Fact]
    public void Short_different_blocks_are_not_taken_for_moves()
    {
        var diff = Redlines.Of("Intro text here.\n\n- Yes\n\nMiddle paragraph.\n", "Intro text here.\n\nMiddle paragraph.\n\n- No\n");

        Assert.DoesNotContain(diff.Blocks, b => b.Kind is ChangeKind.MovedFrom or ChangeKind.MovedTo);
    }

    [Fact]
    public void Consecutive_changed_blocks_are_one_change_to_jump_to()
    {
        var diff = Redlines.Of("## A\n\nOne.\n\nTwo.\n\n## B\n\nThree.\n", "## A\n\nOne, changed.\n\nTwo, changed.\n\n## B\n\nThree, changed.\n");

        Assert.Equal([(1, 1, 2), (2, 4, 4)], diff.Hunks.Select(h => (h.Number, h.First, h.Last)));
        Assert.Equal(2, diff.Statistics.Changes);
        Assert.Equal([("A", 1, 1), ("B", 2, 1)], diff.ChangedSections("Intro").Select(s => (s.Title, s.FirstChange, s.Changes)));
    }
}
