namespace LegalGen.Search;

/// <summary>
/// What makes a site's search index: run by a build on the staged site once every page is written, before the staged
/// site takes the output's place (<see cref="Build.SiteBuilder"/>), so the index is part of the site that is checked and
/// swapped in whole. <see cref="PagefindIndexer"/> is the one LegalGen uses.
/// </summary>
public abstract class SearchIndexer
{
    /// <summary>What the indexer is, for people: "Pagefind 1.6.0 (/usr/local/bin/pagefind)".</summary>
    public abstract string Description { get; }

    /// <summary>
    /// What identifies the indexer for the fingerprint of a build's inputs (<see cref="Build.InputFingerprint"/>): another
    /// indexer, or another version of it, may write another index, so the site is built again.
    /// </summary>
    public abstract string Identity { get; }

    /// <summary>Indexes the pages of the site in <paramref name="siteFolder"/>, writing the index into it (<see cref="IndexFolder"/>).</summary>
    /// <param name="pages">A glob of the pages to read, from the site's root; the others hold no text to search.</param>
    public abstract SearchIndexOutcome Index(string siteFolder, string pages);

    /// <summary>The folder of the site the index is written to, and that the search page loads it from.</summary>
    public const string IndexFolder = "pagefind";
}
