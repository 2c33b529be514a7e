using System.CommandLine;
using LegalGen.Cli.Pdf;
using LegalGen.Cli.Printing;

namespace LegalGen.Cli.Commands.Build;

/// <summary>The <c>build</c> verb's options and defaults.</summary>
internal static class BuildCommandDefinition
{
    public static Command Create(Terminal terminal)
    {
        var content = CommonOptions.Content();
        var templates = CommonOptions.Templates();
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site. Replaced as a whole, only when the build succeeds; CNAME, .nojekyll and site.yml's keep: are kept.",
            DefaultValueFactory = _ => "_site",
            HelpName = "DIR",
        };
        var asOf = CommonOptions.AsOf();
        var drafts = CommonOptions.Drafts();
        var strict = CommonOptions.Strict();
        var force = new Option<bool>("--force") { Description = "Replace an output folder that LegalGen did not write." };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "Build and write the whole site even if nothing changed since the last build (which then only says so).",
        };
        var baseUrl = CommonOptions.BaseUrl();
        var pdf = new Option<bool>("--pdf")
        {
            Description = "Also print each version's page to a PDF beside it, linked from the page, with a Chromium or Google Chrome installed on this machine.",
        };
        var pdfBrowser = new Option<string?>("--pdf-browser")
        {
            Description = $"The Chromium or Chrome that prints the PDFs (a path, or a command on the PATH). Default: {BrowserLocator.EnvironmentVariable}, else the first installed in the usual places.",
            HelpName = "PATH",
        };
        var format = CommonOptions.Format();
        var search = SearchOptions.Search();
        var noSearch = SearchOptions.NoSearch();
        var pagefind = SearchOptions.Pagefind();

        var command = new Command("build", "Build the site from the content folder.")
        {
            content, templates, output, asOf, drafts, strict, force, rebuild, baseUrl, pdf, pdfBrowser, format, search, noSearch, pagefind,
        };
        command.SetAction(result => BuildCommand.Run(
            new BuildCommand.Arguments(
                result.GetRequiredValue(content),
                result.GetValue(templates),
                result.GetRequiredValue(output),
                result.GetValue(asOf),
                result.GetValue(drafts),
                result.GetValue(strict),
                result.GetValue(force),
                CommonOptions.ParseFormat(result.GetRequiredValue(format)),
                result.GetValue(baseUrl),
                result.GetValue(rebuild),
                result.GetValue(pdf),
                result.GetValue(pdfBrowser),
                new SearchOptions.Choice(result.GetValue(search), result.GetValue(noSearch), result.GetValue(pagefind))),
            terminal));
        return command;
    }
}
