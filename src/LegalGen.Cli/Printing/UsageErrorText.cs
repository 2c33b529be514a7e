using LegalGen.Diagnostics;

namespace LegalGen.Cli.Printing;

/// <summary>
/// A usage error in the command line's terms: the core says what is wrong with which input; this names the
/// input by its option or argument, with an example value where there is one:
/// <c>the output folder 'content' would replace the content folder 'content'; choose a folder of its own (--output, e.g. --output _site)</c>.
/// </summary>
internal static class UsageErrorText
{
    /// <param name="names">How the command names an input when not as the other commands do (null where it does not differ).</param>
    public static string Of(UsageError error, Func<UsageInput, string?>? names = null)
    {
        if (error.Inputs.Count == 0) return error.Message;
        var shown = error.Inputs.Select(i => names?.Invoke(i) ?? NameOf(i)).ToList();
        var example = error.Example is null ? "" : $", e.g. {(shown[0].StartsWith('<') ? "" : shown[0] + " ")}{error.Example}";
        return $"{error.Message} ({string.Join(", ", shown)}{example})";
    }

    public static void Print(UsageError error, Terminal terminal, Func<UsageInput, string?>? names = null) =>
        terminal.Error.Write("error:", Palette.Error).WriteLine($" {Of(error, names)}");

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
        UsageInput.Repository => "--repo",
        UsageInput.Revision => "--rev",
        UsageInput.ImportedFile => "--file",
        UsageInput.DatePattern => "--date-pattern",
        UsageInput.Pagefind => "--pagefind",
        UsageInput.Search => "--search/--no-search",
        UsageInput.Languages => "--languages",
        _ => input.ToString(),
    };
}
