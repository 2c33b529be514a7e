namespace LegalGen.Import;

/// <summary>Where a version's date comes from.</summary>
public enum DateOrigin
{
    /// <summary>The binding text states it: the day it takes effect.</summary>
    StatedInText,

    /// <summary>The binding text states no effective date: the day of its commit.</summary>
    CommitDate,

    /// <summary>
    /// The binding text was changed after it took effect without a new effective date: a correction, dated by the
    /// day of its commit, the day the corrected text applies from.
    /// </summary>
    Correction,

    /// <summary>The text states an effective date that is not after the version before it (LG073): the day of its commit.</summary>
    StatedDateNotAfterPrevious,
}
