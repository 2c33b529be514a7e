using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A language's home: the policies, each with its version in force.</summary>
public sealed record HomePage(PageFrame Page, IReadOnlyList<PolicyEntry> Policies) : PageModel(Page);
