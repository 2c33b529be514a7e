using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Check;

/// <summary>The <c>check</c> verb's options: those of <c>build</c> that change what is checked.</summary>
internal static class CheckCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var asOf = CommonOptions.AsOf();
        var drafts = CommonOptions.Drafts();
        var baseUrl = CommonOptions.BaseUrl();
        var strict = CommonOptions.Strict();
        var format = CommonOptions.Format();

        var command = new Command("check", "Check the content and templates as a build would, rendering every page, without writing anything.")
        {
            content, templates, asOf, drafts, baseUrl, strict, format,
        };
        command.SetAction(result => CheckCommand.Run(
            new CheckCommand.Arguments(
                result.GetRequiredValue(content),
                result.GetValue(templates),
                result.GetValue(asOf),
                result.GetValue(drafts),
                result.GetValue(strict),
                CommonOptions.ParseFormat(result.GetRequiredValue(format)),
                result.GetValue(baseUrl)),
            terminal));
        return command;
    }
}
