namespace LegalGen.Search;

/// <summary>What indexing a site gave: the index (<see cref="Index"/>), or why there is none (<see cref="Fault"/>); neither when nothing was indexed (a check keeps no site).</summary>
public sealed record SearchIndexOutcome(SearchIndex? Index, SearchFault? Fault)
{
    public static SearchIndexOutcome Made(SearchIndex index) => new(index, null);

    public static SearchIndexOutcome Failed(SearchFault fault) => new(null, fault);
}
