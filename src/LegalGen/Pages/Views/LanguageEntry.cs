namespace LegalGen.Pages.Views;

/// <summary>One language on the entry page, with its home and its policies.</summary>
public sealed record LanguageEntry(string Code, string Name, string Dir, string SiteTitle, string Url, IReadOnlyList<PolicyEntry> Policies);
