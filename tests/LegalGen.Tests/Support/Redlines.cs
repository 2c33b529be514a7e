using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;

namespace LegalGen.Tests.Support;

/// <summary>Diffs two Markdown texts and shows the result compactly: <c>[-old-]{+new+}</c>, reformatted words <c>{~…~}</c>.</summary>
internal static class Redlines
{
    private static readonly MarkdownRenderer Renderer = new();

    public static RedlineDiff Of(string oldMarkdown, string newMarkdown) =>
        RedlineBuilder.Compare(Renderer.Render(oldMarkdown).Blocks, Renderer.Render(newMarkdown).Blocks);

    /// <summary>Every changed block on its own line, words marked <c>[-…-]</c> and <c>{+…+}</c>.</summary>
    public static string Marked(RedlineDiff diff) => string.Join("\n", diff.Changes.Select(Marked));

    public static string Marked(BlockChange change) => change.Kind switch
    {
        ChangeKind.Inserted => "{+" + Text(change.Cells[0][0].Tokens) + "+}",
        ChangeKind.Deleted => "[-" + Text(change.Cells[0][0].Tokens) + "-]",
        _ => string.Join(" | ", change.Cells.Select(cell => string.Concat(cell.Select(s => s.Kind switch
        {
            SegmentKind.Deleted => s.Tokens[0].Space + "[-" + Text(s.Tokens) + "-]",
            SegmentKind.Inserted => s.Tokens[0].Space + "{+" + Text(s.Tokens) + "+}",
            SegmentKind.Reformatted => s.Tokens[0].Space + "{~" + Text(s.Tokens) + "~}",
            _ => s.Tokens[0].Space + Text(s.Tokens),
        })))),
    };

    public static string Text(IReadOnlyList<Token> tokens) =>
        string.Concat(tokens.Select((t, i) => (i == 0 ? "" : t.Space) + t.Text));
}
