namespace LegalGen.Output;

/// <summary>
/// Where a build puts its pages: a <see cref="SiteWriter"/> for a real build, a <see cref="DiscardedSite"/>
/// when only checking. <see cref="Commit"/> is called once, only when every page rendered.
/// </summary>
public interface ISiteOutput : IDisposable
{
    /// <summary>The folder the committed site lives in; null when nothing is kept.</summary>
    string? OutputDirectory { get; }

    /// <summary>
    /// The folder the site is written to before it is put in place, where its files can be read back before
    /// <see cref="Commit"/> (to print PDFs of its pages); null when nothing is kept.
    /// </summary>
    string? StagingDirectory { get; }

    void WriteText(string sitePath, string content);

    void WriteBytes(string sitePath, byte[] bytes);

    /// <summary>A file the build wrote at <paramref name="sitePath"/>, or inside it as a folder; null when none.</summary>
    string? WrittenAtOrIn(string sitePath);

    /// <summary>Carries the previous site's file (or folder) at <paramref name="sitePath"/> into the new site, except where the build wrote.</summary>
    void CarryOver(string sitePath);

    /// <summary>
    /// Takes the file or folder at <paramref name="sitePath"/> as it is in the site in <paramref name="fromSite"/> (an earlier
    /// build's, from the same inputs) instead of writing it again; that site must stay where it is while this one is used.
    /// False when the earlier site has nothing there.
    /// </summary>
    bool Reuse(string sitePath, string fromSite);

    /// <summary>The folder the site is being written into, for a program that adds files to it (the search indexer); null when nothing is kept.</summary>
    string? Folder { get; }

    /// <summary>
    /// Takes as the site's own the files a program wrote at or inside <paramref name="sitePath"/> in <see cref="Folder"/>, as if
    /// written through this output: each is noted as written, and one whose bytes are the previous site's file's there is
    /// replaced by that file, so it keeps its time.
    /// </summary>
    void Adopt(string sitePath);

    /// <summary>Puts the site in place; returns the folders of old sites that could not be removed.</summary>
    IReadOnlyList<LeftoverFolder> Commit();
}
