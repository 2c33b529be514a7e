namespace LegalGen.Model;

/// <summary>A policy (privacy policy, terms…): a folder of versions, oldest first.</summary>
public sealed record Policy(string Slug, IReadOnlyList<PolicyVersion> Versions);
