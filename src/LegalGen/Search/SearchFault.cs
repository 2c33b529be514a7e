namespace LegalGen.Search;

/// <summary>
/// Why a site's search index could not be made — the indexer did not start, failed, ran too long, or indexed other pages
/// than the site has to search — which is neither a mistake in the content nor in how LegalGen was called. The build
/// fails and the previous site is left as it was.
/// </summary>
/// <param name="Indexer">The indexer (<see cref="SearchIndexer.Description"/>).</param>
/// <param name="Cause">What went wrong, in plain words, with what the indexer said.</param>
public sealed record SearchFault(string Indexer, string Cause)
{
    public string Message => $"the search index could not be made with {Indexer}: {Cause}";
}
