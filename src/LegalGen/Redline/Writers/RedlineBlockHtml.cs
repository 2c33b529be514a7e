using System.Text;
using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// One block of a redline as an HTML element, its words marked: deleted words in <c>&lt;del&gt;</c>, inserted words in
/// <c>&lt;ins&gt;</c>, moved text in <c>&lt;span class="rl-moved-text"&gt;</c>, each mark opening with a visually hidden
/// label. Written here rather than in a template because a redline has thousands of blocks and as many marks and
/// formatted runs as its texts have words, and a template's logic per block would make builds markedly slower;
/// the template (<c>_redline.sbn</c>) writes everything around the blocks. The page's script makes the side-by-side
/// view from these blocks (<c>assets/redline.js</c>): each mark says which version it belongs to.
/// </summary>
public static class RedlineBlockHtml
{
    /// <summary>The id prefix of the inline redline's changes: <c>change-3</c>.</summary>
    public const string ChangeIdPrefix = "change-";

    /// <summary>
    /// The block as the inline redline shows it: a paragraph, a heading (level 2 to 6), a list item with its marker,
    /// a table row…, classed by what happened to it (<c>rl-modified</c>), with both versions' words marked and, for a
    /// moved block, a link to its other place.
    /// </summary>
    /// <param name="movedTo">For a block that moved away from here: the change it moved to.</param>
    /// <param name="movedFrom">For a block that moved here: the change it came from.</param>
    public static HtmlFragment Inline(BlockChange change, int? movedTo, int? movedFrom, RedlineLabels labels) =>
        new InlineBlock(change, movedTo, movedFrom, labels);


    /// <summary>Writes the block as <see cref="Inline"/> shows it.</summary>
    public static void WriteInline(StringBuilder html, BlockChange change, int? movedTo, int? movedFrom, RedlineLabels labels)
    {
        var block = change.Block;
        var element = block.Kind switch
        {
            BlockKind.Heading => HeadingElements[Math.Clamp(block.Level, 2, 6)],
            BlockKind.ListItem => "li",
            BlockKind.TableRow => "tr",
            BlockKind.Quote => "blockquote",
            BlockKind.Code => "pre",
            BlockKind.Rule => "div",
            _ => "p",
        };

        html.Append('<').Append(element).Append(" class=\"rl-").Append(CssName(change.Kind));
        if (block.Kind == BlockKind.ListItem) html.Append(" rl-depth-").Append(Math.Clamp(block.Level, 1, 6));
        if (change.Formatting.Count > 0) html.Append(" rl-reformatted");
        html.Append('"');

        // Only an unchanged heading keeps its id: a changed one appears at two places, or in one version only.
        if (block.Kind == BlockKind.Heading && block.Anchor is not null && change.Kind == ChangeKind.Unchanged)
            html.Append(" id=\"").AppendEscaped(block.Anchor).Append('"');
        html.Append('>');

        if (block.Kind == BlockKind.ListItem && block.Marker is not null)
            html.Append("<span class=\"rl-marker\">").AppendEscaped(block.Marker).Append("</span> ");
        if (block.Kind == BlockKind.Rule) html.Append("<hr>");

        for (var c = 0; c < block.Cells.Count; c++)
        {
            if (block.Kind == BlockKind.TableRow) html.Append(block.Level == 1 ? "<th>" : "<td>");
            WriteInlineCell(html, change, c, labels);
            if (block.Kind == BlockKind.TableRow) html.Append(block.Level == 1 ? "</th>" : "</td>");
        }

        WriteBlockNote(html, change, labels);

        if ((movedTo ?? movedFrom) is { } target)
        {
            var text = movedTo is not null ? labels.MovedTo(target) : labels.MovedFrom(target);
            var inTable = block.Kind == BlockKind.TableRow;
            html.Append(inTable ? "<td class=\"rl-move-link\">" : " <span class=\"rl-move-link\">")
                .Append("<a href=\"#").Append(ChangeIdPrefix).Append(target).Append("\">").AppendEscaped(text).Append("</a>")
                .Append(inTable ? "</td>" : "</span>");
        }

        html.Append("</").Append(element).Append('>');
    }


    /// <summary>A note after a block whose level or list numbering changed: in a cell of its own in a table row.</summary>
    private static void WriteBlockNote(StringBuilder html, BlockChange change, RedlineLabels labels)
    {
        if (change.Formatting.Count == 0) return;
        var note = labels.Formatting.Describe(change.Formatting);
        if (change.Block.Kind == BlockKind.TableRow) RedlineHtml.WriteNote(html.Append("<td>"), note).Append("</td>");
        else RedlineHtml.WriteNote(html.Append(' '), note);
    }

    /// <summary>What happened to a block, as its class names it: <c>unchanged</c>, <c>moved-from</c>…</summary>
    public static string CssName(ChangeKind kind) => kind switch
    {
        ChangeKind.MovedFrom => "moved-from",
        ChangeKind.MovedTo => "moved-to",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static readonly string[] HeadingElements = ["h0", "h1", "h2", "h3", "h4", "h5", "h6"];

    private static readonly string[] KindNames = Enum.GetNames<BlockKind>().Select(n => n.ToLowerInvariant()).ToArray();

    private static void WriteInlineCell(StringBuilder html, BlockChange change, int cell, RedlineLabels labels)
    {
        foreach (var segment in change.Cells[cell])
        {
            switch (change.Kind, segment.Kind)
            {
                case (ChangeKind.MovedFrom, _):
                    RedlineHtml.WriteSegment(html, "span", "rl-moved-text", labels.MovedAway, segment.Tokens, labels.OlderText);
                    break;
                case (_, SegmentKind.Deleted):
                    RedlineHtml.WriteSegment(html, "del", null, labels.Deleted, segment.Tokens, labels.OlderText);
                    break;
                case (_, SegmentKind.Inserted):
                    RedlineHtml.WriteSegment(html, "ins", null, labels.Inserted, segment.Tokens, labels.NewerText);
                    break;
                case (_, SegmentKind.Reformatted):
                    RedlineHtml.WriteReformatted(html, segment.Tokens, labels.Formatting.Describe(segment.Formatting), labels.NewerText, segment.OldTokens, labels.OlderText);
                    break;
                case (ChangeKind.MovedTo, _):
                    RedlineHtml.WriteSegment(html, "span", "rl-moved-text", labels.MovedHere, segment.Tokens, labels.NewerText);
                    break;
                default:
                    RedlineHtml.WriteSegment(html, null, null, null, segment.Tokens, labels.NewerText);
                    break;
            }
        }
    }


    // One object per block rather than a closure, a delegate and a fragment: a site's diff pages have hundreds of
    // thousands of blocks.
    private sealed class InlineBlock(BlockChange change, int? movedTo, int? movedFrom, RedlineLabels labels) : HtmlFragment
    {
        public override void WriteTo(StringBuilder html) => WriteInline(html, change, movedTo, movedFrom, labels);
    }

}
