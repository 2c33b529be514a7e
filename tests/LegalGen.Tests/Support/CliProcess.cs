using System.Diagnostics;

namespace LegalGen.Tests.Support;

/// <summary>
/// Runs the built <c>legalgen</c> command as a separate process, the way a user or CI runs it: its own
/// working folder, environment and exit code. The CLI's binaries are copied next to the tests' own.
/// </summary>
internal static class CliProcess
{
    /// <summary>How long one run may take before it counts as hung (a generous bound, not a speed test).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "LegalGen.Cli.dll");

    public static string Dotnet => ToolProcess.Dotnet;

    /// <summary>Runs <c>legalgen <paramref name="arguments"/></c> in <paramref name="workingDirectory"/> to completion.</summary>
    public static ToolProcess.Result Run(string workingDirectory, IEnumerable<string> arguments, params (string Name, string? Value)[] environment)
    {
        using var process = Start(workingDirectory, arguments, environment);
        return ToolProcess.Finish(process, $"legalgen {string.Join(' ', arguments)}", Timeout);
    }

    /// <summary>
    /// Starts <c>legalgen</c> with its output redirected, without the variables of the test host that would steer it
    /// (the as-of date, colour, debugging, a Pagefind of its own); the caller reads, waits and disposes.
    /// </summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, params (string Name, string? Value)[] environment) =>
        ToolProcess.Start(Dotnet, [Dll, .. arguments], workingDirectory, ["SOURCE_DATE_EPOCH", "NO_COLOR", "LEGALGEN_DEBUG", "LEGALGEN_PAGEFIND"], environment);
}
