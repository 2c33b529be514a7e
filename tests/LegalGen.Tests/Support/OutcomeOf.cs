using LegalGen.Build;
using LegalGen.Redline;
using LegalGen.Scaffolding;

namespace LegalGen.Tests.Support;

/// <summary>Reads the <see cref="Outcome"/> of the core's results.</summary>
internal static class OutcomeOf
{
    public static Outcome Of(BuildResult r) =>
        r.UsageError is not null ? Outcome.UsageError : r.OutputFault is not null ? Outcome.OutputFault : r.Succeeded ? Outcome.Succeeded : Outcome.ContentErrors;

    public static Outcome Of(VersionRedlineResult r) =>
        r.UsageError is not null ? Outcome.UsageError : r.Comparison is not null ? Outcome.Succeeded : Outcome.ContentErrors;

    public static Outcome Of(ScaffoldResult r) =>
        r.UsageError is not null ? Outcome.UsageError : r.Succeeded ? Outcome.Succeeded : Outcome.ContentErrors;
}
