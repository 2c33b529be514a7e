using LegalGen.Diagnostics;

namespace LegalGen.Model;

/// <summary>A file or folder the user keeps in the output (site.yml's <c>keep:</c>), which every build carries over.</summary>
/// <param name="Path">Relative to the output folder, with <c>/</c> between folders; validated to stay inside it.</param>
/// <param name="Location">Where site.yml lists it, for a warning when the build writes there itself.</param>
public sealed record KeptPath(string Path, SourceLocation Location);
