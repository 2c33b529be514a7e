using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>What a stretch of a text redline is, so a terminal can colour it.</summary>
public enum RedlineTextKind
{
    Unchanged,
    Deleted,
    Inserted,

    /// <summary>Where unchanged text was left out: "…", "… 4 unchanged blocks …".</summary>
    Omission,

    /// <summary>A block's Markdown-like marker: "## ", "- ", "1. ", "> ", "| ".</summary>
    Marker,

    /// <summary>Words kept with another formatting or link target, written <c>{~…~}</c>.</summary>
    Reformatted,

    /// <summary>Text that moved: where it left and where it arrived, written <c>{=…=}</c>.</summary>
    Moved,

    /// <summary>What changed in the formatting of the words before it or of the block: " (link changed: … → …)".</summary>
    Note,
}
