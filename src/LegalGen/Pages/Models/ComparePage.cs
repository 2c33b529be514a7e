using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A policy's compare page: a link to every pair of versions that has a diff page.</summary>
public sealed record ComparePage(PageFrame Page, PolicyInfo Policy, CompareView Compare) : PageModel(Page);
