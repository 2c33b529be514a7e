using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A policy's change log: every version, newest first, with the sections each one changed, and the dates each one was in force.</summary>
public sealed record ChangesPage(PageFrame Page, PolicyInfo Policy, IReadOnlyList<ChangeEntry> Entries, PointInTimeView PointInTime) : PageModel(Page);
