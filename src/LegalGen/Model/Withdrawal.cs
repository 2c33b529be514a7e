using LegalGen.Diagnostics;

namespace LegalGen.Model;

/// <summary>A policy withdrawn from a date (site.yml's <c>withdrawn:</c>): from that day no version of it is in force.</summary>
/// <param name="Policy">The policy's slug as written.</param>
/// <param name="Date">The first day the policy no longer applies.</param>
/// <param name="PolicyLocation">Where the slug is written, for an unknown one.</param>
/// <param name="DateLocation">Where the date is written, for a version that takes effect after it.</param>
public sealed record Withdrawal(string Policy, DateOnly Date, SourceLocation PolicyLocation, SourceLocation DateLocation);
