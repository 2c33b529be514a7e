using LegalGen.Build;
using LegalGen.Timeline;

namespace LegalGen.Cli.Commands.Build;

/// <summary>Runs a build and prints its diagnostics and a one-line summary.</summary>
internal static class BuildCommand
{
    public sealed record Arguments(string Content, string? Templates, string Output, string? AsOf, bool Drafts, bool Strict, bool Force);

    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var asOf = AsOfDate.Resolve(args.AsOf, Environment.GetEnvironmentVariable(AsOfDate.EnvironmentVariable), DateTimeOffset.UtcNow, out var error);
        if (asOf is null)
        {
            stderr.WriteLine($"error: {error}");
            return CliApp.UsageErrors;
        }

        var result = SiteBuilder.Build(new BuildOptions(args.Content, args.Templates, args.Output, asOf.Value, args.Drafts, args.Strict, args.Force));
        if (result.UsageError is not null)
        {
            stderr.WriteLine($"error: {result.UsageError}");
            return CliApp.UsageErrors;
        }

        DiagnosticPrinter.Print(result.Diagnostics, stderr);
        if (result.Summary is not { } s)
        {
            stderr.WriteLine($"Build failed; nothing was written, and '{args.Output}' is as it was.");
            return result.ExitCode;
        }

        stdout.WriteLine($"Built {Plural(s.Policies, "policy", "policies")}, {Plural(s.Versions, "version", "versions")}, "
            + $"{Plural(s.Languages, "language", "languages")}: {Plural(s.Pages, "page", "pages")} in {s.Milliseconds} ms (as of {asOf.Value:yyyy-MM-dd}).");
        stdout.WriteLine($"Open {s.IndexFile}");
        return CliApp.Success;
    }

    private static string Plural(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
