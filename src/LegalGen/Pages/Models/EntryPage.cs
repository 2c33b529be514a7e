using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>The site's entry page (<c>index.html</c>): every language with its policies.</summary>
public sealed record EntryPage(PageFrame Page, IReadOnlyList<LanguageEntry> Languages) : PageModel(Page);
