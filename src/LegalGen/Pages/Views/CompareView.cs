namespace LegalGen.Pages.Views;

/// <summary>The compare page's data: the versions, and for each ordered pair the diff page if there is one.</summary>
/// <param name="Rows">One row per older version; each cell links to the diff against a newer version (null when not generated or not newer).</param>
public sealed record CompareView(IReadOnlyList<VersionLink> Versions, IReadOnlyList<CompareRow> Rows, int PairCount);
