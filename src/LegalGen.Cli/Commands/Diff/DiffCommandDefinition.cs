using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Diff;

/// <summary>The <c>diff</c> verb: a policy, two of its versions, and the language to compare them in.</summary>
internal static class DiffCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var policy = new Argument<string>("policy") { Description = "The policy's folder name, e.g. privacy." };
        var from = new Argument<string>("from") { Description = "The older version's date (YYYY-MM-DD)." };
        var to = new Argument<string>("to") { Description = "The newer version's date (YYYY-MM-DD)." };
        var language = new Option<string?>("--lang")
        {
            Description = "The language to compare in. Default: the binding language. Without a translation of both versions, the binding texts are compared.",
            HelpName = "LANG",
        };
        var content = CommonOptions.Content();
        var format = new Option<string>("--format")
        {
            Description = "text (the redline to read) or json (the diff model for programs; see docs/redline.md).",
            DefaultValueFactory = _ => "text",
            HelpName = "FORMAT",
        };
        format.AcceptOnlyFromAmong("text", "json");

        var command = new Command("diff", "Show what changed between two versions of a policy: deleted and inserted words, with the unchanged text abbreviated.")
        {
            policy, from, to, language, content, format,
        };
        command.SetAction(result => DiffCommand.Run(
            new DiffCommand.Arguments(result.GetRequiredValue(policy), result.GetRequiredValue(from), result.GetRequiredValue(to), result.GetValue(language), result.GetRequiredValue(content),
                result.GetValue(format) == "json"),
            terminal));
        return command;
    }
}
