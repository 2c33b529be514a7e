using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Import;

/// <summary>The <c>import</c> verb: the repository, the policy, its file in each language, and how to read the history.</summary>
internal static class ImportCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var repository = new Option<string>("--repo")
        {
            Description = "The git repository to read: its top folder (or a bare repository). Only committed history is read.",
            HelpName = "DIR",
            Required = true,
        };
        var policy = new Option<string>("--policy")
        {
            Description = "The policy's folder name in the content folder, e.g. privacy.",
            HelpName = "SLUG",
            Required = true,
        };
        var files = new Option<string[]>("--file")
        {
            Description = "The policy's file in one language, as <lang>=<path in the repository>, e.g. --file en=en/privacy.md. "
                + "Once per language; the binding language (site.yml's default_language) is required.",
            HelpName = "LANG=PATH",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var content = CommonOptions.Content();
        var revision = new Option<string?>("--rev")
        {
            Description = "The branch, tag or commit to import up to. Default: HEAD.",
            HelpName = "REV",
        };
        var datePatterns = new Option<string[]>("--date-pattern")
        {
            Description = "A regular expression that finds the effective date in a text, tried before the built-in ones; "
                + "with a group 'date' (YYYY-MM-DD) or groups 'year', 'month' and 'day'. May be given more than once.",
            HelpName = "REGEX",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be written, and write nothing." };

        var command = new Command("import", "Turn a policy's history in git (one file per language, edited in place) into one file per version and language.")
        {
            repository, policy, files, content, revision, datePatterns, dryRun,
        };
        command.SetAction(result => ImportCommand.Run(
            new ImportCommand.Arguments(
                result.GetRequiredValue(repository),
                result.GetRequiredValue(policy),
                result.GetValue(files) ?? [],
                result.GetRequiredValue(content),
                result.GetValue(revision),
                result.GetValue(datePatterns) ?? [],
                result.GetValue(dryRun)),
            terminal));
        return command;
    }
}
