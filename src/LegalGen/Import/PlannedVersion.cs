namespace LegalGen.Import;

/// <summary>One version of the binding text as the importer plans it, while it walks the history.</summary>
internal sealed class PlannedVersion(DateOnly date, DateOrigin origin, FileState first)
{
    public DateOnly Date { get; set; } = date;

    public DateOrigin Origin { get; } = origin;

    /// <summary>The effective date its text states, if any: corrections share it with the version they correct.</summary>
    public DateOnly? StatedDate { get; set; } = first.Stated?.Date;

    /// <summary>The date it was announced for, when it was moved to another before it took effect.</summary>
    public DateOnly? RescheduledFrom { get; set; }

    /// <summary>The version a correction corrects.</summary>
    public DateOnly? CorrectionOf { get; init; }

    /// <summary>The commits whose texts it was made of, in order: the last one's text is the version's.</summary>
    public List<FileState> Commits { get; } = [first];

    public FileState Text => Commits[^1];

    /// <summary>
    /// The file as it stood last in the version's time, reading as <see cref="Text"/> does: later commits that changed
    /// only what a reader does not see (ids, anchors, spacing) are kept in the file written, not lost with their commit.
    /// </summary>
    public FileState? AsItStood { get; set; }

    /// <summary>The file written for the version.</summary>
    public FileState Written => AsItStood ?? Text;

    /// <summary>Where the version starts in the history: later files of other languages belong to it.</summary>
    public int FirstPosition => Commits[0].Position;

    public bool Editorial => Origin == DateOrigin.Correction;

    /// <summary>The day it was announced, when that was before it took effect.</summary>
    public DateOnly? Published => Commits[0].Commit.Day < Date ? Commits[0].Commit.Day : null;
}
