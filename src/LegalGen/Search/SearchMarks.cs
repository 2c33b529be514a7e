using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using LegalGen.Diagnostics;
using LegalGen.Pages;
using LegalGen.Pages.Views;

namespace LegalGen.Search;

/// <summary>
/// Checks, page by page as they are rendered, that the templates mark for the search index the text of exactly the
/// pages meant to be searched (<see cref="PageFrame.Searchable"/>): Pagefind indexes the element marked
/// <c>data-pagefind-body</c>, and once any page has one, only such pages. A page kind whose template marks none of its
/// searchable pages' text would be missing from the results (LG085); one whose template marks text on pages that repeat
/// text indexed elsewhere — a diff, a parallel view, a fallback — would give every result twice (LG086). Each is said
/// once per kind of page, at its template, naming the first such page.
/// </summary>
public sealed partial class SearchMarks
{
    /// <summary>The attribute that marks the text Pagefind indexes.</summary>
    public const string BodyAttribute = "data-pagefind-body";

    private readonly ConcurrentDictionary<PageKind, string> _unmarked = new();
    private readonly ConcurrentDictionary<PageKind, string> _marked = new();

    /// <summary>Notes whether the page's HTML marks text for the index as its frame says it should.</summary>
    public void Note(PageFrame page, string html)
    {
        var marked = Marked().IsMatch(html);
        if (page.Searchable == marked) return;
        (page.Searchable ? _unmarked : _marked).AddOrUpdate(page.Kind, page.Path, (_, earlier) => string.CompareOrdinal(page.Path, earlier) < 0 ? page.Path : earlier);
    }

    /// <param name="templateOf">The template file of a page kind, as messages name it (<c>(built-in)/version.sbn</c>).</param>
    public void Report(DiagnosticBag diagnostics, Func<PageKind, string> templateOf)
    {
        foreach (var (kind, path) in _unmarked.OrderBy(e => e.Key))
        {
            diagnostics.Warning(DiagnosticCodes.SearchTextUnmarked, SourceLocation.StartOf(templateOf(kind)),
                $"the text of '{path}' and the pages like it is left out of the search index: its template marks no element {BodyAttribute}",
                $"put {BodyAttribute} on the element that holds the text, when page.searchable is true (as the built-in _version.sbn does)");
        }

        foreach (var (kind, path) in _marked.OrderBy(e => e.Key))
        {
            diagnostics.Warning(DiagnosticCodes.SearchTextMarkedTwice, SourceLocation.StartOf(templateOf(kind)),
                $"'{path}' and the pages like it put text in the search index that other pages hold already ({BodyAttribute}), so searches would find it twice",
                $"write {BodyAttribute} only when page.searchable is true");
        }
    }

    /// <summary>The attribute inside a tag; text on a page cannot hold a '&lt;', so a sentence naming the attribute does not count.</summary>
    [GeneratedRegex("<[a-zA-Z][^<>]*\\s" + BodyAttribute + "(?:[\\s>=/])", RegexOptions.CultureInvariant)]
    private static partial Regex Marked();
}
