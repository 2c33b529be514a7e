using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>The redline between two versions of a policy.</summary>
public sealed record DiffPage(PageFrame Page, PolicyInfo Policy, DiffView Diff) : PageModel(Page);
