using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Markdown;
using LegalGen.Model;
using LegalGen.Redline;

namespace LegalGen.Pages;

/// <summary>
/// Keeps citations of a section valid when its heading is renumbered or retitled: in each language, each version's
/// headings answer to every id their section had in the earlier versions — <c>#4-services-usage-limits</c> still leads
/// to the section now headed "5. Services Usage Limits" — as empty anchors at the start of the heading, on every page
/// that shows the text with its ids. A heading's predecessor is the one the redline of the two consecutive versions
/// pairs it with (<see cref="HeadingSuccession"/>), so ids pass on from version to version, and only consecutive
/// versions are compared: the work grows with the history, not with its square. An id some element of the newer text
/// has itself stays that element's, and is a located warning (LG057): links made to it against the earlier version now
/// arrive elsewhere.
/// </summary>
internal static class SectionIdHistory
{
    public static void Carry(Policy policy, PolicyTexts texts, DiagnosticBag diagnostics)
    {
        var chains = policy.Versions
            .SelectMany(v => v.Translations.Values.Select(t => (Version: v, Text: t)))
            .GroupBy(x => x.Text.Language, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .Where(chain => chain.Count > 1)
            .ToList();

        // The redlines of consecutive versions, which the diff pages show too: computed once, in parallel, and kept.
        var pairs = chains.SelectMany(chain => chain.Zip(chain.Skip(1))).ToArray();
        Parallel.ForEach(pairs, pair => texts.Diff(pair.First.Text, pair.Second.Text));
        Parallel.ForEach(chains, chain => CarryAlong(chain, texts, diagnostics));
    }

    /// <summary>Passes ids on along one language's versions, oldest first: each version's depend on its predecessor's.</summary>
    private static void CarryAlong(List<(PolicyVersion Version, Translation Text)> chain, PolicyTexts texts, DiagnosticBag diagnostics)
    {
        // For the previous version: the ids each heading (by block index) answers to besides its own.
        var inheritedBefore = new Dictionary<int, List<string>>();
        for (var i = 1; i < chain.Count; i++)
        {
            var (earlier, (_, newer)) = (chain[i - 1], chain[i]);
            var older = earlier.Text;
            var (before, after) = (texts.Document(older), texts.Document(newer));
            var inherited = new Dictionary<int, List<string>>();
            foreach (var (o, n) in HeadingSuccession.Of(texts.Diff(older, newer)))
            {
                var heading = after.Blocks[n];
                if (heading.Anchor is null) continue;
                foreach (var id in IdsOf(before.Blocks[o], inheritedBefore.GetValueOrDefault(o)))
                {
                    if (id == heading.Anchor || heading.AliasIds.Contains(id)) continue;
                    if (after.Anchors.Contains(id))
                    {
                        Taken(diagnostics, earlier.Version, older, newer, after, heading, id);
                        continue;
                    }

                    if (!inherited.TryGetValue(n, out var ids)) inherited[n] = ids = [];
                    ids.Add(id);
                }
            }

            if (inherited.Count > 0)
            {
                var byAnchor = inherited.ToDictionary(x => after.Blocks[x.Key].Anchor!, x => (IReadOnlyList<string>)x.Value, StringComparer.Ordinal);
                var anchors = new HashSet<string>(after.Anchors, StringComparer.Ordinal);
                anchors.UnionWith(inherited.Values.SelectMany(ids => ids));
                texts.Replace(newer, after with { Html = HtmlAnchors.AddToHeadings(after.Html, byAnchor), Anchors = anchors });
            }

            inheritedBefore = inherited;
        }
    }

    /// <summary>Every id a heading answers to on its page: its own, its former one (<see cref="DocumentBlock.AliasIds"/>) and those it inherited.</summary>
    private static IEnumerable<string> IdsOf(DocumentBlock heading, List<string>? inherited)
    {
        if (heading.Anchor is not null) yield return heading.Anchor;
        foreach (var id in heading.AliasIds) yield return id;
        if (inherited is null) yield break;
        foreach (var id in inherited) yield return id;
    }

    private static void Taken(DiagnosticBag diagnostics, PolicyVersion version, Translation older, Translation newer, RenderedDocument after, DocumentBlock heading, string id)
    {
        var owner = after.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Heading && (b.Anchor == id || b.AliasIds.Contains(id)));
        var where = owner is null ? "another element of this text" : $"the heading '{owner.PlainText.Trim()}' (line {LineOf(newer, owner)})";
        diagnostics.Warning(DiagnosticCodes.FormerHeadingIdTaken, new SourceLocation(newer.SourcePath, LineOf(newer, heading), 1),
            $"this section was '#{id}' in the version of {version.Key} ({older.SourcePath}), and '#{id}' now names {where}: links to it made against that version arrive there",
            $"if those links mean this section, give the other element another id; to keep a section citable whatever its heading says, give it an id of its own, e.g. {{#{id}}}");
    }

    private static int LineOf(Translation text, DocumentBlock block) => text.BodyStartLine + Math.Max(block.Line - 1, 0);
}
