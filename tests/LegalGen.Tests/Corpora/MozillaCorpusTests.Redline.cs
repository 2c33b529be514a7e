using AngleSharp.Html.Parser;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Corpora;

public partial class MozillaCorpusTests
{
    /// <summary>
    /// Mozilla's real history changes link targets, emphasis and spacing as often as words: on every diff page of every
    /// language, every numbered change marks something — words struck or inserted, moved, or a note of what changed in
    /// their formatting — and none is a "Change 1 of 1" with nothing marked.
    /// </summary>
    [CorpusFact]
    public void Every_change_of_every_redline_marks_something()
    {
        var parser = new HtmlParser();
        var (changes, unmarked, notes) = (0, new List<string>(), 0);
        foreach (var page in Directory.EnumerateFiles(_built.Output, "index.html", SearchOption.AllDirectories)
                     .Where(p => p.Contains($"{Path.DirectorySeparatorChar}diff{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            foreach (var hunk in document.QuerySelectorAll(".view-inline .rl-hunk"))
            {
                changes++;
                notes += hunk.QuerySelectorAll(".rl-format-note").Length;
                var marked = hunk.QuerySelector("del, ins, .rl-moved-text, .rl-format-note") is not null
                    || hunk.QuerySelectorAll("[class^='rl-']").Where(b => b.ClassList.Any(c => c is "rl-inserted" or "rl-deleted")).Any(b => b.QuerySelector("hr") is not null);
                if (!marked) unmarked.Add($"{Path.GetRelativePath(_built.Output, page)}#{hunk.Id}");
            }
        }

        Assert.True(unmarked.Count == 0, $"{unmarked.Count} of {changes} changes mark nothing, e.g.:\n{string.Join("\n", unmarked.Take(20))}");
        Assert.True(notes > 0, "no redline of the corpus notes a change of formatting: the corpus changed");
    }
}
