namespace LegalGen.Redline.Model;

/// <summary>Whether a stretch of words is kept, inserted or deleted.</summary>
public enum SegmentKind
{
    Unchanged,
    Inserted,
    Deleted,
}
