using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A language's search page: a form, and the results its script finds in the site's search index.</summary>
public sealed record SearchPage(PageFrame Page, SearchView Search) : PageModel(Page);
