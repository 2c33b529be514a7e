using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>One version's permalink, which never changes once published.</summary>
public sealed record VersionPage(PageFrame Page, PolicyInfo Policy, VersionView Version, PointInTimeView PointInTime) : PageModel(Page);
