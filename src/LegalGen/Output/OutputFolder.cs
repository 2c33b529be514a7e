using System.Text.RegularExpressions;

namespace LegalGen.Output;

/// <summary>
/// The folder a site is swapped into, and the names of a build's helpers beside it, each carrying the build's
/// id (32 hex digits): <c>.&lt;name&gt;.staging-&lt;id&gt;</c>, the site being written (after the swap, the old site
/// being removed); <c>.&lt;name&gt;.previous-&lt;id&gt;</c>, the old site during a swap by two renames; and
/// <c>.&lt;name&gt;.build-&lt;id&gt;.lock</c>, the lock that says the build is still running. Symbolic links are
/// resolved: the site is swapped in for a link's target, and the link stays a link.
/// </summary>
/// <param name="FullPath">The output folder with every link resolved.</param>
/// <param name="Given">The output folder as the user named it, for messages.</param>
internal sealed partial record OutputFolder(string FullPath, string Given)
{
    public string Parent => Path.GetDirectoryName(FullPath) ?? throw new InvalidOperationException("The output folder has no parent folder.");

    public string Name => Path.GetFileName(FullPath);

    public static OutputFolder For(string outputDirectory) =>
        new(RealPath.Of(outputDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), outputDirectory);

    public string Staging(string id) => Path.Combine(Parent, $".{Name}.staging-{id}");

    public string Previous(string id) => Path.Combine(Parent, $".{Name}.previous-{id}");

    public string LockFile(string id) => Path.Combine(Parent, $".{Name}.build-{id}.lock");

    /// <summary>
    /// The ids of every build whose helpers are beside the output, this one's included; nothing else is
    /// matched. None when the parent folder cannot be listed: tidying up is left to a later build.
    /// </summary>
    public IReadOnlyList<string> BuildIds()
    {
        var prefix = $".{Name}.";
        try
        {
            return Directory.EnumerateFileSystemEntries(Parent)
                .Select(p => Path.GetFileName(p))
                .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
                .Select(n => HelperName().Match(n[prefix.Length..]))
                .Where(m => m.Success)
                .Select(m => m.Groups["id"].Value)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("^(?:(?:staging|previous)-(?<id>[0-9a-f]{32})|build-(?<id>[0-9a-f]{32})\\.lock)$")]
    private static partial Regex HelperName();
}
