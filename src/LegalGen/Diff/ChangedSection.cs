namespace LegalGen.Diff;

/// <summary>A section of the policy with at least one change; <see cref="FirstChange"/> is 1-based.</summary>
public sealed record ChangedSection(string? Anchor, string Title, int FirstChange, int Changes);
