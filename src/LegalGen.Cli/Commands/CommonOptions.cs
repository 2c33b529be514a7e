using System.CommandLine;
using LegalGen.Cli.Printing;

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

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The date the site describes (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else today (UTC).",
        HelpName = "DATE",
    };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include versions marked 'draft: true'." };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The address the site is published at, overriding site.yml's base_url (e.g. a pull-request preview).",
        HelpName = "URL",
    };

    public static Option<bool> Strict() => new("--strict") { Description = "Fail on warnings too." };

    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "How to print problems: text (for people), github (GitHub Actions annotations) or json.",
            DefaultValueFactory = _ => "text",
            HelpName = "FORMAT",
        };
        option.AcceptOnlyFromAmong("text", "github", "json");
        return option;
    }

    public static DiagnosticFormat ParseFormat(string value) => value switch
    {
        "github" => DiagnosticFormat.GitHub,
        "json" => DiagnosticFormat.Json,
        _ => DiagnosticFormat.Text,
    };
}
