using LegalGen.Pages;

namespace LegalGen.Rendering;

/// <summary>Which template renders each kind of page, and the kind's name as templates see it in <c>page.kind</c>.</summary>
public static class PageTemplates
{
    /// <summary>Every page template's name (without <c>.sbn</c>), one per kind of page: a templates folder must have them all, or the built-in ones fill in.</summary>
    public static IReadOnlyList<string> All { get; } = Enum.GetValues<PageKind>().Select(NameOf).ToList();

    /// <summary>
    /// The kind's template: named as the kind (<c>diff.sbn</c>), except <c>404.sbn</c> for the page hosts serve for a
    /// missing address, which is written to <c>404.html</c>.
    /// </summary>
    public static string NameOf(PageKind kind) => kind == PageKind.NotFound ? "404" : TemplateValues.NameOf(kind);
}
