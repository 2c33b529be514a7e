using LegalGen.Content;
using LegalGen.Model;

namespace LegalGen.Scaffolding;

/// <summary>
/// The text of a new version made from the latest one: the same Markdown and front matter as written
/// (quoting, comments), except what belongs to one version only. <c>summary</c> and <c>changes</c> are left
/// for the editor to write — an empty summary fails the build until they do; <c>draft</c>, <c>editorial</c>,
/// <c>effective</c> and <c>published</c> are left out, since whether a new version is a draft or a mere correction
/// is decided afresh, its date is in its file name, and the day it is announced is still to come; so is
/// <c>translation_of</c>, which says what one translation was made from: a translation copied unchanged into the
/// new version is recognised as the older one's by its words.
/// </summary>
internal static class NextVersionText
{
    private static readonly HashSet<string> PerVersionKeys =
        [FrontMatterKeys.Summary, FrontMatterKeys.Changes, FrontMatterKeys.Draft, FrontMatterKeys.Editorial, FrontMatterKeys.Effective, FrontMatterKeys.Published, FrontMatterKeys.TranslationOf];

    public const string SummaryPlaceholder = "summary:   # required: one line saying what changes in this version";

    public const string ChangesPlaceholder = "changes:   # optional: the change log's bullet points, each on its own line starting with '  - '";

    /// <summary>The new file's text from the latest version's front matter and text (already validated, LF line endings).</summary>
    public static string From(FrontMatter latest, string body)
    {
        var yamlLines = latest.Yaml.Split('\n');
        var kept = new List<string>();
        var starts = latest.KeyLines;
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
        return "---\n" + string.Join('\n', kept) + "\n---\n" + body;
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
}
