namespace LegalGen.Import;

/// <summary>The effective date a text states, and where it says so.</summary>
/// <param name="Statement">The statement taken: the user's pattern first, then words, then an attribute.</param>
/// <param name="Disagreeing">An attribute that states another day than the words taken; the words win, since readers read them.</param>
public sealed record StatedDate(DateStatement Statement, DateStatement? Disagreeing)
{
    public DateOnly Date => Statement.Date!.Value;
}
