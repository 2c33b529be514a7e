using LegalGen.Markdown;
using LegalGen.Pages.Views;

namespace LegalGen.Pages.Planning;

/// <summary>Nests a text's headings by level into its contents (<see cref="TableOfContents"/>).</summary>
internal static class ContentsPlanner
{
    /// <summary>
    /// Each heading goes below the nearest heading before it of a higher level (a lower number); a heading with none
    /// above it (a text opening with a ### heading) is at the top. A level skipped (## then ####) nests one step, not two.
    /// </summary>
    public static TableOfContents Plan(IReadOnlyList<TocEntry> headings)
    {
        if (headings.Count == 0) return TableOfContents.Empty;
        var top = new List<ContentsEntry>();
        var open = new Stack<(int Level, List<ContentsEntry> Entries)>();
        foreach (var heading in headings)
        {
            while (open.Count > 0 && open.Peek().Level >= heading.Level) open.Pop();
            var entries = new List<ContentsEntry>();
            (open.Count > 0 ? open.Peek().Entries : top).Add(new ContentsEntry(heading.Level, heading.Id, heading.Text, entries));
            open.Push((heading.Level, entries));
        }

        return new TableOfContents(!HeadingNumbers.CarriedByAny(headings.Select(h => h.Text)), top);
    }
}
