namespace LegalGen.Redline.Model;

/// <summary>Whether a stretch of words is kept, inserted, deleted, or kept with its formatting or link changed.</summary>
public enum SegmentKind
{
    Unchanged,
    Inserted,
    Deleted,

    /// <summary>The same words, formatted or linked otherwise (<see cref="RedlineSegment.Formatting"/> says how).</summary>
    Reformatted,
}
