using LegalGen.Rendering;

namespace LegalGen.Scaffolding;

/// <summary><c>legalgen templates export</c>: every built-in template, strings file and asset, as the files a templates folder holds.</summary>
public static class TemplatesExport
{
    public static IReadOnlyList<StarterFile> Files() =>
        TemplateSource.BuiltIn.EnumerateFiles("").Select(path => new StarterFile(path, TemplateSource.BuiltIn.ReadBytes(path))).ToList();
}
