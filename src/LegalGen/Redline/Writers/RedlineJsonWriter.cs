using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>
/// Serialises a <see cref="RedlineDiff"/> to JSON for other programs (shape documented in
/// <c>docs/redline.md</c>, versioned by its <c>schema</c> field). Output is deterministic: same diff, same bytes.
/// </summary>
public static class RedlineJsonWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    public static string Write(RedlineDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", SchemaVersion);
            WriteStatistics(json, diff.Statistics);
            json.WriteStartArray("blocks");
            var hunkOf = new int[diff.Blocks.Count];
            foreach (var hunk in diff.Hunks)
                for (var i = hunk.First; i <= hunk.Last; i++) hunkOf[i] = hunk.Number;
            for (var i = 0; i < diff.Blocks.Count; i++) WriteBlock(json, diff.Blocks[i], hunkOf[i]);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The counts as an object named <c>statistics</c>, as <c>legalgen diff --format json</c> writes them.</summary>
    public static void WriteStatistics(Utf8JsonWriter json, RedlineStatistics stats)
    {
        json.WriteStartObject("statistics");
        json.WriteNumber("changes", stats.Changes);
        json.WriteNumber("wordsInserted", stats.WordsInserted);
        json.WriteNumber("wordsDeleted", stats.WordsDeleted);
        json.WriteNumber("blocksInserted", stats.BlocksInserted);
        json.WriteNumber("blocksDeleted", stats.BlocksDeleted);
        json.WriteNumber("blocksModified", stats.BlocksModified);
        json.WriteNumber("blocksMoved", stats.BlocksMoved);
        json.WriteNumber("formattingChanges", stats.FormattingChanges);
        json.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter json, BlockChange change, int hunk)
    {
        var block = change.Block;
        json.WriteStartObject();
        json.WriteString("change", RedlineBlockHtml.CssName(change.Kind));
        json.WriteString("kind", KindName(block.Kind));
        json.WriteNumber("level", block.Level);
        if (block.Anchor is not null) json.WriteString("anchor", block.Anchor);
        if (block.Marker is not null) json.WriteString("marker", block.Marker);
        if (block.SectionAnchor is not null) json.WriteString("section", block.SectionAnchor);
        if (change.OldIndex >= 0) json.WriteNumber("oldIndex", change.OldIndex);
        if (change.NewIndex >= 0) json.WriteNumber("newIndex", change.NewIndex);
        if (hunk > 0) json.WriteNumber("hunk", hunk);
        if (change.Move > 0) json.WriteNumber("move", change.Move);
        if (change.Formatting.Count > 0) WriteFormatting(json, change.Formatting);
        json.WriteStartArray("cells");
        foreach (var cell in change.Cells)
        {
            json.WriteStartArray();
            foreach (var segment in cell)
            {
                json.WriteStartObject();
                // Reformatted words are equal words: a program that reads only "op" and "text" still reads both versions right.
                json.WriteString("op", segment.Kind switch
                {
                    SegmentKind.Inserted => "insert",
                    SegmentKind.Deleted => "delete",
                    _ => "equal",
                });
                json.WriteString("text", Text(segment.Tokens));
                if (segment.Formatting.Count > 0) WriteFormatting(json, segment.Formatting);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// What changed in the formatting of the words or the block, one object each: <c>what</c> names it (<c>link</c>,
    /// <c>bold</c>, <c>italic</c>, <c>strikethrough</c>, <c>code</c>, <c>space</c>, <c>heading-level</c>,
    /// <c>list-level</c>, <c>indentation</c>, <c>header-row</c>, <c>list-numbering</c>), <c>old</c> and <c>new</c> its two values.
    /// </summary>
    private static void WriteFormatting(Utf8JsonWriter json, IReadOnlyList<FormatChange> changes)
    {
        json.WriteStartArray("formatting");
        foreach (var change in changes)
        {
            json.WriteStartObject();
            switch (change)
            {
                case LinkChange link:
                    json.WriteString("what", "link");
                    WriteText(json, "old", link.Old);
                    WriteText(json, "new", link.New);
                    break;
                case EmphasisChange emphasis:
                    json.WriteString("what", emphasis.Style switch
                    {
                        InlineStyle.Strong => "bold",
                        InlineStyle.Emphasis => "italic",
                        InlineStyle.Strike => "strikethrough",
                        _ => "code",
                    });
                    json.WriteBoolean("old", !emphasis.Added);
                    json.WriteBoolean("new", emphasis.Added);
                    break;
                case SpacingChange spacing:
                    json.WriteString("what", "space");
                    json.WriteString("old", spacing.Old);
                    json.WriteString("new", spacing.New);
                    break;
                case LevelChange { Kind: BlockKind.TableRow } row:
                    json.WriteString("what", "header-row");
                    json.WriteBoolean("old", row.Old == 1);
                    json.WriteBoolean("new", row.New == 1);
                    break;
                case LevelChange level:
                    json.WriteString("what", level.Kind switch
                    {
                        BlockKind.Heading => "heading-level",
                        BlockKind.ListItem => "list-level",
                        _ => "indentation",
                    });
                    json.WriteNumber("old", level.Old);
                    json.WriteNumber("new", level.New);
                    break;
                case ListNumberingChange numbering:
                    json.WriteString("what", "list-numbering");
                    json.WriteString("old", numbering.Old);
                    json.WriteString("new", numbering.New);
                    break;
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>The segment's text as a reader sees it, spaces between tokens included.</summary>
    public static string Text(IReadOnlyList<Token> tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0) text.Append(tokens[i].Space);
            text.Append(tokens[i].Text);
        }

        return text.ToString();
    }

    private static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.ListItem => "list-item",
        BlockKind.TableRow => "table-row",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
