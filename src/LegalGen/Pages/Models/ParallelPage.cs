using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A translated version beside the binding text, block by block.</summary>
public sealed record ParallelPage(PageFrame Page, PolicyInfo Policy, ParallelView Parallel) : PageModel(Page);
