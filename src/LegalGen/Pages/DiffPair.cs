using LegalGen.Model;

namespace LegalGen.Pages;

/// <summary>Two versions that get a diff page, older first.</summary>
/// <param name="IsFull">
/// True for the comparisons readers need most — a version against its predecessor, and any version against
/// the one in force: their page carries the unchanged text too, folded. The other pairs' pages show the
/// changes with their context only, so that every pair can have a page without the site growing heavy.
/// </param>
public sealed record DiffPair(PolicyVersion From, PolicyVersion To, bool IsFull);
