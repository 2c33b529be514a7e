using System.CommandLine;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Serve;

/// <summary>The <c>serve</c> verb's options.</summary>
internal static class ServeCommandDefinition
{
    public const int DefaultPort = 8080;

    public static Command Create(Terminal terminal)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var port = new Option<int>("--port")
        {
            Description = "The port to serve on, at 127.0.0.1 (0: any free port).",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "PORT",
        };
        port.Validators.Add(result =>
        {
            // A token that is not a number is reported by the parser itself.
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value is < 0 or > 65535)
                result.AddError("--port must be a number from 0 to 65535");
        });
        var asOf = CommonOptions.AsOf();
        var drafts = CommonOptions.Drafts();
        var search = SearchOptions.Search();
        var noSearch = SearchOptions.NoSearch();
        var pagefind = SearchOptions.Pagefind();

        var command = new Command("serve", "Serve the site on this computer, rebuild it when a file is saved, and reload the pages open in the browser.")
        {
            content, templates, port, asOf, drafts, search, noSearch, pagefind,
        };
        command.SetAction((result, cancel) => ServeCommand.RunAsync(
            new ServeCommand.Arguments(
                result.GetRequiredValue(content),
                result.GetValue(templates),
                result.GetValue(port),
                result.GetValue(asOf),
                result.GetValue(drafts),
                new SearchOptions.Choice(result.GetValue(search), result.GetValue(noSearch), result.GetValue(pagefind))),
            terminal,
            cancel));
        return command;
    }
}
