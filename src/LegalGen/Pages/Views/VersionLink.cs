namespace LegalGen.Pages.Views;

/// <summary>A link to a version of the policy, with the link to what changed in it.</summary>
/// <param name="DiffUrl">The diff against the version before it; null for the first version.</param>
/// <param name="Published">The day the version was announced, YYYY-MM-DD, where its binding text says; else null.</param>
public sealed record VersionLink(string Date, string Url, string? DiffUrl, bool IsEditorial, string? Published = null);
