using LegalGen.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LegalGen.Scaffolding;

/// <summary>
/// The text of a new version made from the latest one: the same Markdown and front matter as written
/// (quoting, comments), except what belongs to one version only. <c>summary</c> and <c>changes</c> are left
/// for the editor to write — an empty summary fails the build until they do; <c>draft</c>, <c>editorial</c>
/// and <c>effective</c> are left out, since whether a new version is a draft or a mere correction is decided
/// afresh, and its date is in its file name.
/// </summary>
internal static class NextVersionText
{
    private static readonly HashSet<string> PerVersionKeys =
        [FrontMatterKeys.Summary, FrontMatterKeys.Changes, FrontMatterKeys.Draft, FrontMatterKeys.Editorial, FrontMatterKeys.Effective];

    public const string SummaryPlaceholder = "summary:   # required: one line saying what changes in this version";

    public const string ChangesPlaceholder = "changes:   # optional: the change log's bullet points, each on its own line starting with '  - '";

    /// <summary>The new file's text from the latest version's (already validated, LF line endings).</summary>
    public static string From(FrontMatterSplit latest)
    {
        var yamlLines = latest.Yaml.Split('\n');
        var kept = new List<string>();
        var starts = TopLevelKeys(latest.Yaml);
        var firstKeyLine = starts.Count > 0 ? starts[0].Line : yamlLines.Length + 1;
        kept.AddRange(yamlLines.Take(firstKeyLine - 1));
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Line : yamlLines.Length + 1;
            if (!PerVersionKeys.Contains(starts[i].Key)) kept.AddRange(yamlLines[(starts[i].Line - 1)..(end - 1)]);
        }

        while (kept.Count > 0 && kept[^1].Trim().Length == 0) kept.RemoveAt(kept.Count - 1);
        kept.Add(SummaryPlaceholder);
        kept.Add(ChangesPlaceholder);
        return "---\n" + string.Join('\n', kept) + "\n---\n" + latest.Body;
    }

    /// <summary>The first version of a new policy: a title to write and a first heading.</summary>
    public static string FirstVersion() =>
        "---\n"
        + "title:   # required: the policy's title as readers see it, e.g. Privacy Policy\n"
        + "---\n"
        + "\n"
        + "## First section\n"
        + "\n"
        + "The text of the policy, in Markdown. Start headings at '##': the title comes from 'title:' above.\n";

    private static List<(string Key, int Line)> TopLevelKeys(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping) return [];
        return mapping.Children.Keys
            .OfType<YamlScalarNode>()
            .Select(k => (k.Value ?? "", (int)k.Start.Line))
            .OrderBy(k => k.Item2)
            .ToList();
    }
}
