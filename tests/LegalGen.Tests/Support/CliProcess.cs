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

    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
    }

    /// <summary>Runs <c>legalgen <paramref name="arguments"/></c> in <paramref name="workingDirectory"/> to completion.</summary>
    public static Result Run(string workingDirectory, IEnumerable<string> arguments, params (string Name, string? Value)[] environment)
    {
        using var process = Start(workingDirectory, arguments, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'legalgen {string.Join(' ', arguments)}' did not finish within {Timeout.TotalMinutes} minutes");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>legalgen</c> with its output redirected; the caller reads, waits and disposes.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, params (string Name, string? Value)[] environment)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        // The test host's own settings must not steer the command.
        foreach (var name in start.Environment.Keys
                     .Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                                 || k is "SOURCE_DATE_EPOCH" or "NO_COLOR" or "LEGALGEN_DEBUG" or "LEGALGEN_PAGEFIND")
                     .ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
