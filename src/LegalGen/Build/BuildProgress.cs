namespace LegalGen.Build;

/// <summary>How far a build is: policies are rendered one after another, each with all its pages.</summary>
public sealed record BuildProgress(int PoliciesDone, int Policies, int Pages);
