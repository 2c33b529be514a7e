namespace LegalGen.Redline.Writers;

/// <summary>
/// The words a redline's blocks carry, in the reader's language. The words around the blocks (change
/// navigation, folded passages, column captions) are the templates' own (<c>templates/_redline*.sbn</c>).
/// </summary>
/// <param name="Deleted">Read by screen readers before deleted text, e.g. "deleted:".</param>
/// <param name="Inserted">Read by screen readers before inserted text, e.g. "inserted:".</param>
/// <param name="MovedAway">Read before text that moved elsewhere, e.g. "moved away:".</param>
/// <param name="MovedHere">Read before text that moved here, e.g. "moved here:".</param>
/// <param name="MovedTo">The link from a block's old place to its new one, given the change number there.</param>
/// <param name="MovedFrom">The link from a block's new place to its old one, given the change number there.</param>
public sealed record RedlineLabels(
    string Deleted,
    string Inserted,
    string MovedAway,
    string MovedHere,
    Func<int, string> MovedTo,
    Func<int, string> MovedFrom)
{
    /// <summary>
    /// Where a link to a fragment of the older text itself (<c>#telemetry</c>) leads: the permanent page of that text,
    /// relative to the redline's page, which carries the text's anchors as the redline does not. Left as written when null.
    /// </summary>
    public string? OlderText { get; init; }

    /// <summary>Where a link to a fragment of the newer text itself leads, as <see cref="OlderText"/> for the older.</summary>
    public string? NewerText { get; init; }

    /// <summary>What the notes on reformatted words and blocks say: "link changed: … → …", "heading level 2 → 3".</summary>
    public FormatLabels Formatting { get; init; } = FormatLabels.English;

    public static readonly RedlineLabels English = new(
        "deleted:",
        "inserted:",
        "moved away:",
        "moved here:",
        n => $"moved to change {n}",
        n => $"moved from change {n}");
}
