namespace LegalGen.Model;

/// <summary>Everything loaded from the content folder, sorted by policy slug and version date.</summary>
public sealed record Site(SiteSettings Settings, IReadOnlyList<Policy> Policies);
