namespace LegalGen.Output;

/// <summary>A folder of an earlier site or an interrupted build that could not be removed; the next build tries again.</summary>
/// <param name="Cause">Why it could not be removed, in plain words.</param>
public sealed record LeftoverFolder(string Path, string Cause);
