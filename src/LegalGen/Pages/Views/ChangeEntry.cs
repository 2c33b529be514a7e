namespace LegalGen.Pages.Views;

/// <summary>One version in the change log, with the sections that changed (computed from the texts).</summary>
public sealed record ChangeEntry(VersionView Version, IReadOnlyList<SectionLink> Sections);
