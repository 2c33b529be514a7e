using System.CommandLine;

namespace LegalGen.Cli.Commands;

/// <summary>Options several verbs share, with the same names and defaults everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Content() => new("--content")
    {
        Description = "The content folder: site.yml and one folder per policy.",
        DefaultValueFactory = _ => "content",
        HelpName = "DIR",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "The templates folder (Scriban templates, strings, assets). Default: ./templates if it exists, else the built-in templates.",
        HelpName = "DIR",
    };
}
