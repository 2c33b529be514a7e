using System.CommandLine;
using LegalGen.Diagnostics;
using LegalGen.Search;

namespace LegalGen.Cli.Commands;

/// <summary>
/// The options of the verbs that build a site (<c>build</c>, <c>serve</c>) about search: by default a site gets search
/// when Pagefind is found (<see cref="PagefindLocator"/>), and builds without it, with a note saying how to get it, when
/// not; <c>--search</c> requires it, <c>--no-search</c> leaves it out, <c>--pagefind</c> names the program.
/// </summary>
internal static class SearchOptions
{
    public static Option<bool> Search() => new("--search")
    {
        Description = "Require search: fail when Pagefind is not found. Default: search when Pagefind is found.",
    };

    public static Option<bool> NoSearch() => new("--no-search") { Description = "Build without search, even when Pagefind is found." };

    public static Option<string?> Pagefind() => new("--pagefind")
    {
        Description = $"The Pagefind program that indexes the site for search (implies --search). Default: {PagefindLocator.Variable}, else npm's in node_modules here or above, else pagefind on PATH.",
        HelpName = "PATH",
    };

    /// <summary>What the options ask for.</summary>
    public sealed record Choice(bool Required, bool Off, string? Program);

    /// <summary>The indexer to build with (null: without search), and a note for a site built without search that did not ask to be.</summary>
    public sealed record Setup(SearchIndexer? Indexer, string? FoundBy, string? Note);

    /// <summary>The search a build gets, or a usage error: contradictory options, a named program that is not there, search required and not found.</summary>
    public static (Setup? Setup, UsageError? Error) Resolve(Choice choice)
    {
        if (choice.Off && (choice.Required || choice.Program is not null))
            return (null, new UsageError("search was both asked for and left out; choose one", [UsageInput.Search, UsageInput.Pagefind]));
        if (choice.Off) return (new Setup(null, null, null), null);

        var lookup = PagefindLocator.Find(choice.Program, Environment.GetEnvironmentVariable, Environment.CurrentDirectory);
        if (lookup.Error is not null) return (null, lookup.Error);
        if (lookup.Program is { } program) return (new Setup(new PagefindIndexer(program), lookup.FoundBy, null), null);

        var folders = lookup.Looked.Where(l => l != "PATH").Select(l => $"'{l}'").ToList();
        var where = $"not named by {PagefindLocator.Variable}, not in node_modules here or in a folder above"
            + (folders.Count == 0 ? "" : $" (looked in {string.Join(", ", folders)})") + ", not on PATH";
        if (choice.Required)
        {
            return (null, new UsageError(
                $"search was asked for, but Pagefind was not found ({where}); install it with 'npm install pagefind' here, or name the program",
                [UsageInput.Pagefind, UsageInput.Search]));
        }

        return (new Setup(null, null,
            $"Search was not built: Pagefind was not found ({where}). "
            + "To give the site search, run 'npm install pagefind' here, or name a Pagefind program (the one 'pip install pagefind-bin-extended' installs, say) "
            + $"with --pagefind or {PagefindLocator.Variable}; --no-search builds without it and leaves this note out."), null);
    }
}
