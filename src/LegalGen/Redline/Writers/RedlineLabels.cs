using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>The words the redline prints, in the reader's language.</summary>
/// <param name="Deleted">Read by screen readers before deleted text, e.g. "deleted:".</param>
/// <param name="Inserted">Read by screen readers before inserted text, e.g. "inserted:".</param>
/// <param name="MovedAway">Read before text that moved elsewhere, e.g. "moved away:".</param>
/// <param name="MovedHere">Read before text that moved here, e.g. "moved here:".</param>
/// <param name="Folded">The summary of a folded stretch, given its number of blocks.</param>
/// <param name="MovedTo">The link from a block's old place to its new one, given the change number there.</param>
/// <param name="MovedFrom">The link from a block's new place to its old one, given the change number there.</param>
/// <param name="ChangeOf">"Change 3 of 17", given the number and the total.</param>
public sealed record RedlineLabels(
    string Deleted,
    string Inserted,
    string MovedAway,
    string MovedHere,
    Func<int, string> Folded,
    Func<int, string> MovedTo,
    Func<int, string> MovedFrom,
    Func<int, int, string> ChangeOf,
    string Previous,
    string Next)
{
    public static readonly RedlineLabels English = new(
        "deleted:",
        "inserted:",
        "moved away:",
        "moved here:",
        n => n == 1 ? "1 unchanged passage" : $"{n} unchanged passages",
        n => $"moved to change {n}",
        n => $"moved from change {n}",
        (n, total) => $"Change {n} of {total}",
        "previous change",
        "next change");
}
