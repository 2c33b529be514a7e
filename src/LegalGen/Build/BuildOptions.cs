namespace LegalGen.Build;

/// <summary>What to build and how: the folders, the as-of date, and whether drafts and warnings count.</summary>
/// <param name="TemplatesDirectory">The templates folder; null for <c>templates/</c> in the current folder if it exists, else the built-in templates.</param>
/// <param name="Force">Replace an output folder even if LegalGen did not write it.</param>
/// <param name="BaseUrl">The address the site is published at, overriding site.yml's base_url (e.g. a pull-request preview).</param>
/// <param name="Rebuild">Build even when nothing changed since the last build of the output folder (see <see cref="BuildRecord"/>).</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string? TemplatesDirectory,
    string OutputDirectory,
    DateOnly AsOf,
    bool IncludeDrafts = false,
    bool Strict = false,
    bool Force = false,
    string? BaseUrl = null,
    bool Rebuild = false);
