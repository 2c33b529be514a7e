using System.Globalization;
using System.Text;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// Writes a <see cref="RedlineDiff"/> as plain text for a terminal: one line per block, Markdown-like
/// (<c>## </c> headings, <c>- </c> list items), deleted words as <c>[-…-]</c> and inserted ones as <c>{+…+}</c>
/// (git's word-diff notation), and words whose formatting or link changed as <c>{~…~}</c> followed by what changed,
/// in brackets: <c>{~Wikipedia~} (link changed: … → …)</c>. Moved text is marked <c>{=…=}</c> at both ends, as the HTML redline
/// marks it, each end noting the other: <c>(moved away: move 1)</c> where it left, <c>(moved here: move 1)</c> where it arrived,
/// with the words changed on the way marked as usual. Unchanged passages are abbreviated: the blocks the web page folds become
/// "… N unchanged blocks …", and long unchanged stretches keep only <see cref="ContextWords"/> words next
/// to each change. <see cref="Lines"/> gives the same text as typed spans, for a terminal to colour instead.
/// </summary>
public static class RedlineTextWriter
{
    /// <summary>Words of unchanged text kept next to a change; the rest of the stretch becomes "…".</summary>
    public const int ContextWords = 8;

    public static string Write(RedlineDiff diff)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(diff))
        {
            foreach (var span in line)
            {
                text.Append(span.Kind switch
                {
                    RedlineTextKind.Deleted => "[-" + span.Text + "-]",
                    RedlineTextKind.Inserted => "{+" + span.Text + "+}",
                    RedlineTextKind.Reformatted => "{~" + span.Text + "~}",
                    RedlineTextKind.Moved => "{=" + span.Text + "=}",
                    _ => span.Text,
                });
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The redline line by line; an empty line separates blocks that are not items of one list or table.</summary>
    public static IReadOnlyList<IReadOnlyList<RedlineTextSpan>> Lines(RedlineDiff diff)
    {
        var lines = new LineBuilder();
        var blocks = diff.Blocks;
        var visible = RedlineFolding.Visible(blocks);
        BlockKind? previous = null;
        var i = 0;
        while (i < blocks.Count)
        {
            if (!visible[i])
            {
                var end = i;
                while (end < blocks.Count && !visible[end]) end++;
                lines.Separate(previous, null);
                var n = end - i;
                lines.Add($"… {n.ToString(CultureInfo.InvariantCulture)} unchanged {(n == 1 ? "block" : "blocks")} …", RedlineTextKind.Omission);
                lines.EndLine();
                previous = null;
                i = end;
                continue;
            }

            var block = blocks[i].Block;
            lines.Separate(previous, block.Kind);
            var keep = blocks[i].Kind == ChangeKind.Unchanged && block.Kind != BlockKind.Heading
                ? KeptEnds(blocks, i)
                : (Head: true, Tail: true);
            WriteBlock(lines, blocks[i], keep.Head, keep.Tail);
            lines.EndLine();
            previous = block.Kind;
            i++;
        }

        return lines.Lines;
    }

    /// <summary>"3 blocks changed (2 modified, 1 inserted, 0 deleted, 0 moved): 12 words inserted, 3 words deleted, 1 formatting change."</summary>
    public static string Summary(RedlineStatistics s) => !s.HasChanges
        ? "No changes in the text."
        : $"{Count(s.BlocksChanged, "block")} changed ({s.BlocksModified} modified, {s.BlocksInserted} inserted, {s.BlocksDeleted} deleted, {s.BlocksMoved} moved): "
          + $"{Count(s.WordsInserted, "word")} inserted, {Count(s.WordsDeleted, "word")} deleted"
          + (s.FormattingChanges > 0 ? $", {Count(s.FormattingChanges, "formatting change")}." : ".");

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>
    /// Which end of an unchanged context block matters: its tail when a change follows it, its head when it
    /// follows a change, both around a change on either side.
    /// </summary>
    private static (bool Head, bool Tail) KeptEnds(IReadOnlyList<BlockChange> blocks, int i)
    {
        var afterChange = i > 0 && blocks[i - 1].Kind != ChangeKind.Unchanged;
        var beforeChange = i + 1 < blocks.Count && blocks[i + 1].Kind != ChangeKind.Unchanged;
        return (afterChange || !beforeChange, beforeChange);
    }

    private static void WriteBlock(LineBuilder lines, BlockChange change, bool keepHead, bool keepTail)
    {
        var block = change.Block;
        switch (block.Kind)
        {
            case BlockKind.Heading:
                lines.Add(new string('#', Math.Clamp(block.Level, 1, 6)) + " ", RedlineTextKind.Marker);
                break;
            case BlockKind.ListItem:
                lines.Add(new string(' ', 2 * Math.Clamp(block.Level - 1, 0, 5)) + (block.Marker ?? "-") + " ", RedlineTextKind.Marker);
                break;
            case BlockKind.Quote:
                lines.Add("> ", RedlineTextKind.Marker);
                break;
            case BlockKind.TableRow:
                lines.Add("| ", RedlineTextKind.Marker);
                break;
            case BlockKind.Rule:
                lines.Add("---", RedlineTextKind.Marker);
                break;
        }

        for (var c = 0; c < change.Cells.Count; c++)
        {
            if (c > 0) lines.Add(" | ", RedlineTextKind.Marker);
            WriteCell(lines, change.Cells[c], keepHead, keepTail, change.Kind);
        }

        if (block.Kind == BlockKind.TableRow) lines.Add(" |", RedlineTextKind.Marker);
        if (change.Kind == ChangeKind.MovedFrom) lines.Add($" (moved away: move {change.Move.ToString(CultureInfo.InvariantCulture)})", RedlineTextKind.Note);
        if (change.Kind == ChangeKind.MovedTo) lines.Add($" (moved here: move {change.Move.ToString(CultureInfo.InvariantCulture)})", RedlineTextKind.Note);
        if (change.Formatting.Count > 0) lines.Add(" (" + FormatLabels.English.Describe(change.Formatting) + ")", RedlineTextKind.Note);
    }

    private static void WriteCell(LineBuilder lines, IReadOnlyList<RedlineSegment> segments, bool keepHead, bool keepTail, ChangeKind kind)
    {
        var lineStart = true;
        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var tokens = segment.Tokens;
            if (tokens.Count == 0) continue;

            // The space before a marked stretch stays outside the mark; a replacement reads "[-old-]{+new+}".
            var replacement = segment.Kind == SegmentKind.Inserted && s > 0 && segments[s - 1].Kind == SegmentKind.Deleted;
            if (!lineStart && !replacement) lines.Add(tokens[0].Space, RedlineTextKind.Unchanged);
            lineStart = false;

            if (segment.Kind == SegmentKind.Reformatted)
            {
                lines.Add(Join(tokens, 0, tokens.Count), RedlineTextKind.Reformatted);
                lines.Add(" (" + FormatLabels.English.Describe(segment.Formatting) + ")", RedlineTextKind.Note);
                continue;
            }

            // Moved text is marked whole at both ends: what left (one segment) and the words that arrived unchanged.
            if (kind == ChangeKind.MovedFrom || (kind == ChangeKind.MovedTo && segment.Kind == SegmentKind.Unchanged))
            {
                lines.Add(Join(tokens, 0, tokens.Count), RedlineTextKind.Moved);
                continue;
            }

            if (segment.Kind != SegmentKind.Unchanged)
            {
                lines.Add(Join(tokens, 0, tokens.Count), segment.Kind == SegmentKind.Deleted ? RedlineTextKind.Deleted : RedlineTextKind.Inserted);
                continue;
            }

            // Unchanged words before the first change or after the last are context only at the change's side.
            var head = s > 0 || keepHead;
            var tail = s < segments.Count - 1 || keepTail;
            WriteUnchanged(lines, tokens, head, tail);
        }
    }

    private static void WriteUnchanged(LineBuilder lines, IReadOnlyList<Token> tokens, bool head, bool tail)
    {
        // Cutting fewer words than this saves nothing worth the "…".
        const int Slack = 4;
        var kept = (head ? ContextWords : 0) + (tail ? ContextWords : 0);
        if (tokens.Count <= kept + Slack)
        {
            lines.Add(Join(tokens, 0, tokens.Count), RedlineTextKind.Unchanged);
            return;
        }

        if (head) lines.Add(Join(tokens, 0, ContextWords), RedlineTextKind.Unchanged);
        lines.Add(head ? " …" : "…", RedlineTextKind.Omission);
        if (tail)
        {
            lines.Add(" ", RedlineTextKind.Unchanged);
            lines.Add(Join(tokens, tokens.Count - ContextWords, tokens.Count), RedlineTextKind.Unchanged);
        }
    }

    private static string Join(IReadOnlyList<Token> tokens, int start, int end)
    {
        var text = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start) text.Append(tokens[i].Space);
            text.Append(tokens[i].Text);
        }

        return text.ToString();
    }

    /// <summary>Collects spans into lines, merging neighbours of one kind and breaking lines at '\n' (code blocks).</summary>
    private sealed class LineBuilder
    {
        private List<RedlineTextSpan> _current = [];

        public List<IReadOnlyList<RedlineTextSpan>> Lines { get; } = [];

        public void Add(string text, RedlineTextKind kind)
        {
            var parts = text.Split('\n');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0) EndLine();
                if (parts[p].Length == 0) continue;
                if (_current.Count > 0 && _current[^1].Kind == kind) _current[^1] = new RedlineTextSpan(_current[^1].Text + parts[p], kind);
                else _current.Add(new RedlineTextSpan(parts[p], kind));
            }
        }

        public void EndLine()
        {
            Lines.Add(_current);
            _current = [];
        }

        /// <summary>An empty line between blocks, except between the items of one list or the rows of one table.</summary>
        public void Separate(BlockKind? previous, BlockKind? next)
        {
            if (Lines.Count == 0) return;
            if (previous == next && next is BlockKind.ListItem or BlockKind.TableRow) return;
            Lines.Add([]);
        }
    }
}
