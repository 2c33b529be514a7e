using LegalGen.Model;

namespace LegalGen.Timeline;

/// <summary>
/// The answer to "which text was in force on this day?" (<see cref="VersionTimeline.InForceOn"/>), as the policy's versions
/// and withdrawal known on the as-of date give it. A day after the as-of date is answered from what was announced by then:
/// a later version may still be announced.
/// </summary>
/// <param name="Version">
/// The version in force on the day; before the first version, the first one (the day it takes effect ends the wait); once the
/// policy is withdrawn, the last one that was in force.
/// </param>
/// <param name="IsAfterAsOf">The day is after the as-of date: the answer is what is planned, not yet what happened.</param>
public sealed record PointInTime(DateOnly Day, PointInTimeKind Kind, PolicyVersion Version, bool IsAfterAsOf);
