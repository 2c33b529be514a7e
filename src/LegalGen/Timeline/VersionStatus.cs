namespace LegalGen.Timeline;

/// <summary>The legal status of a version on the build's as-of date.</summary>
public enum VersionStatus
{
    /// <summary>Replaced by a later version that is already in force.</summary>
    Superseded,

    /// <summary>The latest version whose effective date is on or before the as-of date.</summary>
    Current,

    /// <summary>Effective after the as-of date: announced, not yet in force.</summary>
    Upcoming,

    /// <summary>The last version of a policy withdrawn on or before the as-of date: it was in force until the withdrawal, and nothing replaced it.</summary>
    Withdrawn,
}
