using LegalGen.Files;
using LegalGen.Localization;

namespace LegalGen.Rendering;

/// <summary>
/// A site's templates folder over the built-in templates: a file in the folder replaces the built-in file of
/// the same path, and every file the folder lacks comes from the built-ins, so a site can override one template,
/// one partial, one stylesheet — or, through <see cref="InterfaceStrings"/>, one string.
/// </summary>
internal sealed class LayeredTemplateSource(TemplateSource over, TemplateSource under) : TemplateSource
{
    public override string DisplayName => over.DisplayName;

    public override string? FolderPath => over.FolderPath;

    public override IReadOnlyList<TemplateSource> Layers { get; } = [.. over.Layers, .. under.Layers];

    public override bool Exists(string path) => over.Exists(path) || under.Exists(path);

    public override byte[] ReadBytes(string path) => over.Exists(path) ? over.ReadBytes(path) : under.ReadBytes(path);

    public override string Display(string path) => over.Exists(path) ? over.Display(path) : under.Display(path);

    public override IReadOnlyList<(string Shown, FileKind Kind)> Refused() => over.Refused();

    public override IEnumerable<string> EnumerateFiles(string folder) =>
        over.EnumerateFiles(folder).Union(under.EnumerateFiles(folder), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
