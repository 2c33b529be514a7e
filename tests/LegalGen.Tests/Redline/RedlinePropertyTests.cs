using CsCheck;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;

namespace LegalGen.Tests.Redline;

/// <summary>
/// For random documents and random edits, the redline must account for every word: reading its old side
/// gives back exactly the old text, its new side exactly the new text — each word as that version formats and links
/// it — every modified block has something marked, and a text compared with itself has no changes.
/// </summary>
public class RedlinePropertyTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly string[] Words =
    [
        "dane", "osobowe", "przetwarzamy", "zgodnie", "z", "RODO", "Zażółć", "gęślą", "jaźń", "l'utilisateur", "e-mail",
        "12,5%", "30", "14", "dni", "2024-01-15", "iod@example.com", "https://example.com/a", "個人情報", "を", "保護",
        "and", "the", "data", "Straße", "(art.", "6)", ",", ".", ";", "—",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    private static readonly Gen<string> Sentence = Word.Array[1, 12].Select(w => string.Join(' ', w));

    /// <summary>A block of Markdown: a heading, a paragraph or a list item.</summary>
    private static readonly Gen<string> Block = Gen.Frequency(
        (1, (IGen<string>)Sentence.Select(s => "## " + s)),
        (4, Sentence),
        (2, Sentence.Select(s => "- " + s)));

    private static readonly Gen<string[]> Document = Block.Array[0, 14];

    /// <summary>One block's last word made bold, made a link, or a heading one level down, or a bulleted item numbered.</summary>
    private static readonly Gen<Func<string, string>> Reformat = Gen.OneOf<Func<string, string>>(
        Gen.Const<Func<string, string>>(b => LastWord(b, w => "**" + w + "**")),
        Gen.Const<Func<string, string>>(b => LastWord(b, w => "[" + w + "](https://x.example/" + w.Length + ")")),
        Gen.Const<Func<string, string>>(b => b.StartsWith("## ", StringComparison.Ordinal) ? "#" + b : b),
        Gen.Const<Func<string, string>>(b => b.StartsWith("- ", StringComparison.Ordinal) ? "1. " + b[2..] : b));

    private static string LastWord(string block, Func<string, string> change)
    {
        var space = block.LastIndexOf(' ');
        return block[..(space + 1)] + change(block[(space + 1)..]);
    }

    /// <summary>An edit: insert, delete or replace a block, change a word in one, reformat one, or move one.</summary>
    private static readonly Gen<Func<string[], string[]>> Edit = Gen.OneOf<Func<string[], string[]>>(
        Gen.Select(Gen.Int[0, 100], Reformat, (at, reformat) => (Func<string[], string[]>)(d => d.Select((b, i) => i == at % Math.Max(d.Length, 1) ? reformat(b) : b).ToArray())),
        Gen.Select(Gen.Int[0, 100], Block, (at, block) => (Func<string[], string[]>)(d => [.. d.Take(at % (d.Length + 1)), block, .. d.Skip(at % (d.Length + 1))])),
        Gen.Int[0, 100].Select(at => (Func<string[], string[]>)(d => d.Length == 0 ? d : d.Where((_, i) => i != at % d.Length).ToArray())),
        Gen.Select(Gen.Int[0, 100], Block, (at, block) => (Func<string[], string[]>)(d => d.Length == 0 ? d : d.Select((b, i) => i == at % d.Length ? block : b).ToArray())),
        Gen.Select(Gen.Int[0, 100], Word, (at, word) => (Func<string[], string[]>)(d => d.Length == 0 ? d : d.Select((b, i) => i == at % d.Length ? b + " " + word : b).ToArray())),
        Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100], (a, b) => (Func<string[], string[]>)(d =>
        {
            if (d.Length < 2) return d;
            var list = d.ToList();
            var block = list[a % list.Count];
            list.RemoveAt(a % list.Count);
            list.Insert(b % (list.Count + 1), block);
            return [.. list];
        })));

    private static string Markdown(string[] blocks) => string.Join("\n\n", blocks) + "\n";

    private static List<(string, InlineStyle, string?)> TokensOf(string markdown) => Renderer.Render(markdown).Blocks
        .SelectMany(b => b.Cells)
        .SelectMany(cell => Tokenizer.Tokenize(cell))
        .Select(t => (t.Text, t.Style, t.Link))
        .ToList();

    /// <summary>One version's words as the redline holds them: kept and reformatted words as that version formats them.</summary>
    private static List<(string, InlineStyle, string?)> Side(RedlineDiff diff, bool old) => diff.Blocks
        .Where(b => old ? b.IsInOld : b.IsInNew)
        .SelectMany(b => b.Cells)
        .SelectMany(cell => cell)
        .SelectMany(s => s.Kind switch
        {
            SegmentKind.Unchanged or SegmentKind.Reformatted => old ? s.OldTokens ?? s.Tokens : s.Tokens,
            SegmentKind.Deleted when old => s.Tokens,
            SegmentKind.Inserted when !old => s.Tokens,
            _ => [],
        })
        .Select(t => (t.Text, t.Style, t.Link))
        .ToList();

    [Fact]
    public void Reading_either_side_of_the_redline_gives_back_that_version_exactly()
    {
        Gen.Select(Document, Edit.Array[1, 5]).Sample((document, edits) =>
        {
            var old = Markdown(document);
            var @new = Markdown(edits.Aggregate(document, (d, edit) => edit(d)));

            var diff = RedlineBuilder.Compare(Renderer.Render(old).Blocks, Renderer.Render(@new).Blocks);

            Assert.Equal(TokensOf(old), Side(diff, old: true));
            Assert.Equal(TokensOf(@new), Side(diff, old: false));
            Assert.All(diff.Blocks.Where(b => b.Kind == ChangeKind.Modified), b =>
                Assert.True(b.Formatting.Count > 0 || b.Cells.Any(cell => cell.Any(s => s.Kind != SegmentKind.Unchanged)), "a modified block with nothing marked"));
        }, iter: 400);
    }

    [Fact]
    public void A_text_compared_with_itself_has_no_changes()
    {
        Document.Sample(document =>
        {
            var text = Markdown(document);
            var diff = RedlineBuilder.Compare(Renderer.Render(text).Blocks, Renderer.Render(text).Blocks);
            Assert.False(diff.Statistics.HasChanges);
            Assert.All(diff.Blocks, b => Assert.Equal(ChangeKind.Unchanged, b.Kind));
        }, iter: 200);
    }

    [Fact]
    public void Every_move_has_exactly_one_place_it_left_and_one_it_reached()
    {
        Gen.Select(Document, Edit.Array[1, 5]).Sample((document, edits) =>
        {
            var diff = RedlineBuilder.Compare(
                Renderer.Render(Markdown(document)).Blocks,
                Renderer.Render(Markdown(edits.Aggregate(document, (d, edit) => edit(d)))).Blocks);

            var from = diff.Blocks.Where(b => b.Kind == ChangeKind.MovedFrom).Select(b => b.Move).Order().ToList();
            var to = diff.Blocks.Where(b => b.Kind == ChangeKind.MovedTo).Select(b => b.Move).Order().ToList();
            Assert.Equal(from, to);
            Assert.Equal(from.Count, from.Distinct().Count());
        }, iter: 300);
    }
}
