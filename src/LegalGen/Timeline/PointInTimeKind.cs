namespace LegalGen.Timeline;

/// <summary>What applied on a chosen day (<see cref="PointInTime"/>).</summary>
public enum PointInTimeKind
{
    /// <summary>The day is before the policy's first version took effect: no version was in force.</summary>
    NotYetInForce,

    /// <summary>A version was in force on the day (an editorial correction is a version like any other).</summary>
    InForce,

    /// <summary>The day is on or after the policy's withdrawal: no version was in force.</summary>
    Withdrawn,
}
