using LegalGen.Cli;
using LegalGen.Cli.Printing;

namespace LegalGen.Tests.Support;

/// <summary>Runs the <c>legalgen</c> entry point in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>As on a colour terminal.</summary>
    public static (int ExitCode, string Out, string Err) RunColoured(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(args, Terminal.Coloured(stdout, stderr), CancellationToken.None).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
