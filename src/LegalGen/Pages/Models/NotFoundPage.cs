using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>The page a host serves for any missing address: the message in every language of the site.</summary>
public sealed record NotFoundPage(PageFrame Page, IReadOnlyList<NotFoundMessage> Messages) : PageModel(Page);
