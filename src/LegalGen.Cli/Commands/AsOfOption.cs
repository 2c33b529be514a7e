using LegalGen.Cli.Printing;
using LegalGen.Timeline;

namespace LegalGen.Cli.Commands;

/// <summary>Resolves <c>--as-of</c> (else <c>SOURCE_DATE_EPOCH</c>, else today) for the verbs that describe a date.</summary>
internal static class AsOfOption
{
    /// <summary>The date, or null after printing which input is malformed.</summary>
    public static DateOnly? Resolve(string? option, Terminal terminal)
    {
        var asOf = AsOfDate.Resolve(option, Environment.GetEnvironmentVariable(AsOfDate.EnvironmentVariable), DateTimeOffset.UtcNow, out var error);
        if (asOf is null) terminal.Error.Write("error:", Palette.Error).WriteLine($" {error}");
        return asOf;
    }
}
