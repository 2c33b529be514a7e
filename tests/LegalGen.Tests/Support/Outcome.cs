using LegalGen.Build;
using LegalGen.Redline;
using LegalGen.Scaffolding;

namespace LegalGen.Tests.Support;

/// <summary>What a core result amounts to, which the CLI alone turns into an exit code.</summary>
internal enum Outcome
{
    Succeeded,
    ContentErrors,
    UsageError,
    OutputFault,
}
