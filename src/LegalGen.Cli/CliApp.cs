using System.CommandLine;
using LegalGen.Cli.Commands.Build;
using LegalGen.Cli.Commands.Check;
using LegalGen.Cli.Commands.Diff;
using LegalGen.Cli.Commands.Import;
using LegalGen.Cli.Commands.Init;
using LegalGen.Cli.Commands.New;
using LegalGen.Cli.Commands.Serve;
using LegalGen.Cli.Commands.Templates;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli;

/// <summary>
/// The <c>legalgen</c> command: parses arguments, runs the chosen verb, prints. Exit codes:
/// 0 success, 1 content errors, 2 usage errors, 70 a fault in LegalGen, 74 the site could not be written.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>A fault in LegalGen itself, never in the content (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>The machine could not take the site: a full disk, a read-only file system, no permission (EX_IOERR).</summary>
    public const int CannotWriteSite = 74;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, Terminal.For(stdout, stderr), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs until the verb is done; <paramref name="cancel"/> (or Ctrl+C) stops a long-running verb such as <c>serve</c>.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancel) =>
        RunAsync(args, Terminal.For(stdout, stderr), cancel);

    internal static async Task<int> RunAsync(string[] args, Terminal terminal, CancellationToken cancel)
    {
        var root = new RootCommand("LegalGen builds a static website of your legal documents: every version online, change logs and redlines.")
        {
            BuildCommandDefinition.Create(terminal),
            CheckCommandDefinition.Create(terminal),
            NewCommandDefinition.Create(terminal),
            DiffCommandDefinition.Create(terminal),
            ServeCommandDefinition.Create(terminal),
            ImportCommandDefinition.Create(terminal),
            InitCommandDefinition.Create(terminal),
            TemplatesCommandDefinition.Create(terminal),
        };
        VersionAction.Install(root, terminal);

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) terminal.Error.Write("error:", Palette.Error).WriteLine($" {error.Message}");
            terminal.Error.WriteLine("Run 'legalgen --help' for the commands and their options.");
            return UsageErrors;
        }

        var configuration = new InvocationConfiguration { Output = terminal.Out.Plain, Error = terminal.Error.Plain, EnableDefaultExceptionHandler = false };
        try
        {
            return await result.InvokeAsync(configuration, cancel);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Content mistakes are diagnostics; reaching here is a bug in LegalGen. Say so plainly, and keep
            // the details for the bug report.
            var stderr = terminal.Error.Plain;
            stderr.WriteLine($"error: LegalGen failed unexpectedly ({e.GetType().Name}: {TerminalText.Escape(e.Message)}).");
            stderr.WriteLine("This is a fault in LegalGen, not in your content. Please report it with the command you ran;");
            stderr.WriteLine(Environment.GetEnvironmentVariable("LEGALGEN_DEBUG") is null
                ? "set LEGALGEN_DEBUG=1 to print the details."
                : e.ToString());
            return InternalError;
        }
    }
}
