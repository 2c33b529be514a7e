using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Init;

/// <summary>The <c>init</c> verb: a new repository of legal documents in a folder.</summary>
internal static class InitCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var folder = new Argument<string>("DIR")
        {
            Description = "The folder to start the repository in (created if missing). Default: the current folder.",
            DefaultValueFactory = _ => ".",
        };
        var languages = new Option<string>("--languages")
        {
            Description = "The site's languages, comma-separated; the first is the binding (default) language.",
            DefaultValueFactory = _ => "en",
            HelpName = "LANGS",
        };
        var asOf = CommonOptions.AsOf();
        asOf.Description = "The example policy's effective date (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else today (UTC).";
        var force = new Option<bool>("--force") { Description = "Overwrite files that exist already." };

        var command = new Command("init", "Start a repository of legal documents: content with an example policy, the CI workflow, a README for editors and a pre-commit hook.")
        {
            folder, languages, asOf, force,
        };
        command.SetAction(result => InitCommand.Run(
            new InitCommand.Arguments(result.GetRequiredValue(folder), result.GetRequiredValue(languages), result.GetValue(asOf), result.GetValue(force)),
            terminal));
        return command;
    }
}
