namespace LegalGen.Diff;

/// <summary>The words the redline prints, in the reader's language.</summary>
/// <param name="Deleted">Read by screen readers before deleted text, e.g. "deleted:".</param>
/// <param name="Inserted">Read by screen readers before inserted text, e.g. "inserted:".</param>
/// <param name="Folded">The summary of a folded stretch, given its number of blocks.</param>
public sealed record RedlineLabels(string Deleted, string Inserted, Func<int, string> Folded)
{
    public static readonly RedlineLabels English = new("deleted:", "inserted:", n => $"{n} unchanged blocks");
}
