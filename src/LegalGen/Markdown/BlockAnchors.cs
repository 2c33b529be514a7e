using System.Security.Cryptography;
using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Gives every paragraph, list item and table row of a text an id a reader can cite: its kind (<c>p-</c>, <c>li-</c>,
/// <c>tr-</c>) and eight characters of the SHA-256 of its words (whitespace collapsed), in base 32. The id depends on
/// the block's own words alone, so a paragraph keeps its id in every version in which its text is unchanged, wherever
/// it moves; a second block with the same words gets <c>-2</c>, a third <c>-3</c>. A paragraph that is a list item's
/// text is cited as the item; an id the author gave (<c>{#id}</c>) or a heading has is never taken or changed.
/// Blocks of HTML written in the text keep the ids their author gave them.
/// </summary>
internal static class BlockAnchors
{
    private const string Base32 = "abcdefghijklmnopqrstuvwxyz234567";

    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // How many blocks had each digest so far, so a thousand equal paragraphs take a thousand steps, not a million.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
            if (node.TryGetAttributes() is { Id: { Length: > 0 } id }) taken.Add(id);

        foreach (var block in document.Descendants<Block>())
        {
            var (prefix, text) = block switch
            {
                ListItemBlock item => ("li", TextOf(item.OfType<ParagraphBlock>())),
                TableRow row => ("tr", string.Join(" | ", row.OfType<TableCell>().Select(c => TextOf(c.OfType<ParagraphBlock>())))),
                ParagraphBlock paragraph when paragraph.Parent is not ListItemBlock and not TableCell => ("p", TextOf([paragraph])),
                _ => (null, ""),
            };
            if (prefix is null || text.Replace("|", "").Trim().Length == 0) continue;
            var attributes = block.GetAttributes();
            if (attributes.Id is { Length: > 0 }) continue;

            var key = $"{prefix}-{Digest(text)}";
            var n = seen.TryGetValue(key, out var before) ? before + 1 : 1;
            var id = n == 1 ? key : $"{key}-{n}";
            while (!taken.Add(id)) id = $"{key}-{++n}";
            seen[key] = n;
            attributes.Id = id;
        }
    }

    /// <summary>The words of paragraphs, with runs of whitespace made one space.</summary>
    private static string TextOf(IEnumerable<ParagraphBlock> paragraphs) => string.Join(' ',
        string.Join(' ', paragraphs.Select(p => string.Concat(InlineRunCollector.Collect(p.Inline).Select(r => r.Text))))
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Digest(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var bits = 0UL;
        for (var i = 0; i < 5; i++) bits = bits << 8 | hash[i];
        var id = new StringBuilder(8);
        for (var i = 7; i >= 0; i--) id.Append(Base32[(int)(bits >> (5 * i) & 31)]);
        return id.ToString();
    }
}
