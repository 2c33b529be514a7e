using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// A usage error in the command line's terms: the core says what is wrong with which input; this names the
/// input by its option or argument, with an example value where there is one:
/// <c>the output folder 'content' would replace the content folder 'content'; choose a folder of its own (--output, e.g. --output _site)</c>.
/// </summary>
internal static class UsageErrorText
{
    public static string Of(UsageError error)
    {
        if (error.Inputs.Count == 0) return error.Message;
        var names = error.Inputs.Select(NameOf).ToList();
        var example = error.Example is null ? "" : $", e.g. {(names[0].StartsWith('<') ? "" : names[0] + " ")}{error.Example}";
        return $"{error.Message} ({string.Join(", ", names)}{example})";
    }

    public static void Print(UsageError error, Terminal terminal) =>
        terminal.Error.Write("error:", Palette.Error).WriteLine($" {Of(error)}");

    private static string NameOf(UsageInput input) => input switch
    {
        UsageInput.ContentFolder => "--content",
        UsageInput.TemplatesFolder => "--templates",
        UsageInput.OutputFolder => "--output",
        UsageInput.Force => "--force",
        UsageInput.BaseUrl => "--base-url",
        UsageInput.AsOfDate => "--as-of",
        UsageInput.VersionDate => "--date",
        UsageInput.Policy => "<policy>",
        UsageInput.Language => "--lang",
        UsageInput.FromVersion => "<from>",
        UsageInput.ToVersion => "<to>",
        _ => input.ToString(),
    };
}
