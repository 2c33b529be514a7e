using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.New;

/// <summary>The <c>new</c> verb: the policy, and the new version's effective date.</summary>
internal static class NewCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var policy = new Argument<string>("policy") { Description = "The policy's folder name, e.g. privacy. A new name starts a new policy." };
        var date = new Option<string?>("--date")
        {
            Description = "The new version's effective date (YYYY-MM-DD), after the latest version. For a new policy, default: the --as-of date.",
            HelpName = "DATE",
        };
        var content = CommonOptions.Content();
        var asOf = CommonOptions.AsOf();

        var command = new Command("new", "Start the next version of a policy in every language, as a copy of the latest text; or the first version of a new policy.")
        {
            policy, date, content, asOf,
        };
        command.SetAction(result => NewCommand.Run(
            new NewCommand.Arguments(result.GetRequiredValue(policy), result.GetValue(date), result.GetRequiredValue(content), result.GetValue(asOf)),
            terminal));
        return command;
    }
}
