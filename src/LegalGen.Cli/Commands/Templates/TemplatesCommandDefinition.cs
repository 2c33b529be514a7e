using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Templates;

/// <summary>The <c>templates</c> verb and its <c>export</c> subcommand.</summary>
internal static class TemplatesCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write the templates to: new or empty." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty, overwriting the templates' files in it." };
        var export = new Command("export", "Write the built-in templates (Scriban templates, interface strings, assets) to a folder, to customise and use with --templates.")
        {
            folder, force,
        };
        export.SetAction(result => TemplatesExportCommand.Run(result.GetRequiredValue(folder), result.GetValue(force), terminal));
        return new Command("templates", "Work with the templates pages are made with.") { export };
    }
}
