using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli;

/// <summary>
/// <c>legalgen --version</c>: the tool's name, its version and the commit it was built from (<c>legalgen 0.1.0+3f67301</c>),
/// from the assembly's informational version, which the build gives the commit (LegalGen.Cli.csproj); the version alone
/// for a build made outside a git repository.
/// </summary>
internal sealed class VersionAction(Terminal terminal) : SynchronousCommandLineAction
{
    public static string Text { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        terminal.Out.WriteLine($"legalgen {Text}");
        return CliApp.Success;
    }

    /// <summary>Puts this action on the root command's --version option.</summary>
    public static void Install(RootCommand root, Terminal terminal)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction(terminal);
    }
}
