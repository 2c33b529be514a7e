using LegalGen.Timeline;

namespace LegalGen.Pages.Views;

/// <summary>When one version was (or is to be) in force: a row of the change log's table of dates in force.</summary>
/// <param name="From">The version's first day in force (its effective date), YYYY-MM-DD.</param>
/// <param name="Until">Its last day in force (the day before the next version, or before the policy's withdrawal), YYYY-MM-DD; null while neither has a date.</param>
public sealed record InForceRange(VersionLink Version, string From, string? Until, VersionStatus Status);
