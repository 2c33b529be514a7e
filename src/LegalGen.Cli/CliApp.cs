using System.CommandLine;
using LegalGen.Cli.Commands.Build;

namespace LegalGen.Cli;

/// <summary>
/// The <c>legalgen</c> command: parses arguments, runs the chosen verb, prints. Exit codes:
/// 0 success, 1 content errors, 2 usage errors.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>A fault in LegalGen itself, never in the content (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("LegalGen builds a static website of your legal documents: every version online, change logs and redlines.")
        {
            BuildCommandDefinition.Create(stdout, stderr),
        };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run 'legalgen --help' for the commands and their options.");
            return UsageErrors;
        }

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return result.Invoke(configuration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Content mistakes are diagnostics; reaching here is a bug in LegalGen. Say so plainly, and keep
            // the details for the bug report.
            stderr.WriteLine($"error: LegalGen failed unexpectedly ({e.GetType().Name}: {e.Message}).");
            stderr.WriteLine("This is a fault in LegalGen, not in your content. Please report it with the command you ran;");
            stderr.WriteLine(Environment.GetEnvironmentVariable("LEGALGEN_DEBUG") is null
                ? "set LEGALGEN_DEBUG=1 to print the details."
                : e.ToString());
            return InternalError;
        }
    }
}
