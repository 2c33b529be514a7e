namespace LegalGen.Pages.Views;

/// <summary>One older version on the compare page, with links to its diffs against each version (null where none).</summary>
public sealed record CompareRow(VersionLink From, IReadOnlyList<string?> Urls);
