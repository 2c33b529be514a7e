using LegalGen.Model;

namespace LegalGen.Pages;

/// <summary>Two versions that get a diff page, older first (<see cref="DiffPairs"/>).</summary>
public sealed record DiffPair(PolicyVersion From, PolicyVersion To);
