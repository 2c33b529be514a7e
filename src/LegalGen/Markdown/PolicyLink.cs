using LegalGen.Diagnostics;

namespace LegalGen.Markdown;

/// <summary>
/// A link in a text to another policy (<c>../terms/#liability</c>) or to one of its version files
/// (<c>../terms/2024-01-01.en.md</c>), as written, with where it was written: checked once every policy is rendered.
/// </summary>
/// <param name="Policy">The linked policy's folder name.</param>
/// <param name="Date">The linked version's date, for a link to a version file; null for a link to the policy.</param>
/// <param name="Language">The linked version file's language; null for a link to the policy.</param>
/// <param name="Fragment">What follows <c>#</c>, as written; null without one.</param>
public sealed record PolicyLink(string Policy, string? Date, string? Language, string? Fragment, SourceLocation At);
