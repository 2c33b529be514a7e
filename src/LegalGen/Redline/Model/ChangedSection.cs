namespace LegalGen.Redline.Model;

/// <summary>A section of the policy with at least one change: its first change's number (1-based) and how many changes touch it.</summary>
public sealed record ChangedSection(string? Anchor, string Title, int FirstChange, int Changes);
