using LegalGen.Diagnostics;
using LegalGen.Html;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LegalGen.Markdown;

/// <summary>
/// Gives every heading without an explicit id the one GitHub would (<see cref="HeadingSlug"/>), so links written
/// against GitHub or kramdown rendering keep working: a repeated heading gets <c>-1</c>, <c>-2</c>, and no id
/// given explicitly anywhere in the text (<c>{#cookies}</c>, <c>{: #cookies }</c>) is ever taken. Where the id
/// LegalGen gave the heading before (<see cref="LegacyHeadingSlug"/>) differs, and no other element has it, the
/// heading keeps it as an alias anchor, so no link or citation made against an earlier build is lost; where another
/// element now has it, links to it would arrive there, and that is a located warning.
/// </summary>
internal static class HeadingIds
{
    /// <summary>What a heading with no text of an id-worthy kind is called: an id cannot be empty.</summary>
    private const string Fallback = "section";

    /// <summary>Gives every heading without an id one; returns how many ids it tried, which grows with the headings, not their square.</summary>
    public static int Assign(MarkdownDocument document, string file = "text", int firstLine = 1, DiagnosticBag? diagnostics = null)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        // Who has each id on the page, so no id is given twice and a former id's new owner can be named.
        var owners = new Dictionary<string, MarkdownObject>(StringComparer.Ordinal);
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { Id: { Length: > 0 } id } attributes || owners.TryAdd(id, node)) continue;

            // An id given twice: links go to the first, and a page with two is not valid HTML. A heading then gets its own.
            attributes.Id = null;
            diagnostics?.Warning(DiagnosticCodes.MarkupRemoved, new SourceLocation(file, firstLine + node.Line, node.Column + 1),
                $"the id '{id}' is already given on line {firstLine + owners[id].Line} and was removed here",
                "an id names one place on the page; give this element another one");
        }

        // github-slugger's bookkeeping: how often each slug was met, so a thousand equal headings take a thousand steps.
        var occurrences = owners.Keys.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var tried = 0;
        var automatic = new List<(HeadingBlock Heading, string Text)>();
        foreach (var heading in headings)
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is { Length: > 0 }) continue;
            var text = string.Concat(InlineRunCollector.Collect(heading.Inline).Select(r => r.Text)).Trim();
            var slug = HeadingSlug.Of(text);
            if (slug.Length == 0) slug = Fallback;
            var id = slug;
            for (tried++; occurrences.ContainsKey(id); tried++)
            {
                occurrences[slug]++;
                id = $"{slug}-{occurrences[slug]}";
            }

            occurrences[id] = 0;
            owners[id] = heading;
            attributes.Id = id;
            automatic.Add((heading, text));
        }

        AddAliases(headings, automatic, owners, (heading, old, owner) => diagnostics?.Warning(DiagnosticCodes.FormerHeadingIdTaken,
            new SourceLocation(file, firstLine + heading.Line, heading.Column + 1),
            $"this heading's id was '{old}' before LegalGen followed GitHub's rule (it is now '{heading.GetAttributes().Id}'), and '{old}' now "
            + $"names another element (line {firstLine + owner.Line}): links to '#{old}' made before now arrive there",
            "give this heading an explicit id to keep it citable, e.g. {#" + old + "}, or check the links that point at it"));
        return tried;
    }

    /// <summary>
    /// The ids the earlier rule gave (folded slugs, repeats numbered -2, -3, avoiding explicit heading ids), kept as
    /// aliases where they differ from the new ones and clash with no id on the page.
    /// </summary>
    private static void AddAliases(List<HeadingBlock> headings, List<(HeadingBlock Heading, string Text)> automatic,
        Dictionary<string, MarkdownObject> owners, Action<HeadingBlock, string, MarkdownObject> taken)
    {
        var named = automatic.Select(a => a.Heading).ToHashSet();
        var oldUsed = headings.Where(h => !named.Contains(h)).Select(h => h.GetAttributes().Id!).ToHashSet(StringComparer.Ordinal);

        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (heading, text) in automatic)
        {
            var slug = LegacyHeadingSlug.Of(text);
            var old = slug;
            var n = nextNumber.GetValueOrDefault(slug, 2);
            for (; !oldUsed.Add(old); n++) old = $"{slug}-{n}";
            nextNumber[slug] = n;
            if (heading.Inline is null || old == heading.GetAttributes().Id || !HtmlAllowList.IsValidId(old)) continue;
            if (!owners.TryAdd(old, heading))
            {
                taken(heading, old, owners[old]);
                continue;
            }

            if (heading.Inline.FirstChild is { } first) first.InsertBefore(new HeadingAliasInline(old));
            else heading.Inline.AppendChild(new HeadingAliasInline(old));
        }
    }
}
