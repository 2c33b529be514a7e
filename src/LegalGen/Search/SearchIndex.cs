namespace LegalGen.Search;

/// <summary>A site's search index, as the indexer wrote it.</summary>
/// <param name="Indexer">What made it (<see cref="SearchIndexer.Description"/>).</param>
/// <param name="PagesByLanguage">How many pages each language's index holds, by language tag in lower case (as the index names them).</param>
/// <param name="Bytes">The size of every file of the index.</param>
/// <param name="Files">How many files the index has.</param>
/// <param name="Milliseconds">How long indexing took.</param>
public sealed record SearchIndex(string Indexer, IReadOnlyDictionary<string, int> PagesByLanguage, long Bytes, int Files, long Milliseconds)
{
    public int Pages => PagesByLanguage.Values.Sum();
}
