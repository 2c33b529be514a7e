using System.CommandLine;

namespace LegalGen.Cli.Commands.Build;

/// <summary>The <c>build</c> verb's options and defaults.</summary>
internal static class BuildCommandDefinition
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. Replaced as a whole, only when the build succeeds.",
            DefaultValueFactory = _ => "_site",
            HelpName = "DIR",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The date the site describes (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else today (UTC).",
            HelpName = "DATE",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include versions marked 'draft: true'." };
        var strict = new Option<bool>("--strict") { Description = "Fail on warnings too." };
        var force = new Option<bool>("--force") { Description = "Replace an output folder that LegalGen did not write." };

        var command = new Command("build", "Build the site from the content folder.")
        {
            content, templates, output, asOf, drafts, strict, force,
        };
        command.SetAction(result => BuildCommand.Run(
            new BuildCommand.Arguments(
                result.GetValue(content)!,
                result.GetValue(templates),
                result.GetValue(output)!,
                result.GetValue(asOf),
                result.GetValue(drafts),
                result.GetValue(strict),
                result.GetValue(force)),
            stdout,
            stderr));
        return command;
    }
}
