using LegalGen.Pages.Views;

namespace LegalGen.Pages.Models;

/// <summary>A policy's own address: the version in force (or, before any is, the first upcoming one).</summary>
public sealed record CurrentVersionPage(PageFrame Page, PolicyInfo Policy, VersionView Version, PointInTimeView PointInTime) : PageModel(Page);
