using LegalGen.Cli.Printing;
using LegalGen.Scaffolding;

namespace LegalGen.Cli.Commands.Init;

/// <summary>Writes the starter repository (<see cref="StarterRepository"/>), all files or none, and says what to run next.</summary>
internal static class InitCommand
{
    public sealed record Arguments(string Folder, string Languages, string? AsOf, bool Force);

    public static int Run(Arguments args, Terminal terminal)
    {
        if (AsOfOption.Resolve(args.AsOf, terminal) is not { } date) return CliApp.UsageErrors;
        var languages = args.Languages.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var package = OwnPackage.Find();
        var (files, error) = StarterRepository.Files(languages, date, VersionAction.Text, new StarterResources(), package is null ? null : File.ReadAllBytes(package));
        if (error is not null)
        {
            UsageErrorText.Print(error, terminal);
            return CliApp.UsageErrors;
        }

        if (File.Exists(args.Folder))
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" '{args.Folder}' is a file; name a folder to start the repository in (DIR)");
            return CliApp.UsageErrors;
        }

        var outcome = StarterWriter.Write(args.Folder, files!, args.Force);
        if (outcome.Existing.Count > 0)
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" '{args.Folder}' has these files already, and nothing was written:");
            foreach (var path in outcome.Existing) terminal.Error.WriteLine($"  {path}");
            terminal.Error.WriteLine("Start in an empty folder, or add --force to overwrite them.", Palette.Hint);
            return CliApp.UsageErrors;
        }

        var output = terminal.Out;
        output.WriteLine($"Started a repository of legal documents in {Path.GetFullPath(args.Folder)}:", Palette.Success);
        foreach (var path in outcome.Written) output.WriteLine($"  {path}");
        output.WriteLine();
        if (package is null)
        {
            // Run from a build of LegalGen rather than an installed tool: there is no package to put in the folder feed.
            output.Write("note:", Palette.Hint).WriteLine($" this legalgen is not an installed tool, so {StarterRepository.PackageFolder}/ has no package yet: copy " +
                $"{StarterRepository.PackageFileName(VersionAction.Text)} there (dotnet pack src/LegalGen.Cli -c Release in LegalGen's repository makes it) " +
                "before CI can run dotnet tool restore");
        }

        output.WriteLine("Next:");
        if (Path.GetFullPath(args.Folder) != Path.GetFullPath(".")) output.WriteLine($"  cd {args.Folder}");
        output.WriteLine("  git init                              # if this is not a git repository yet");
        output.WriteLine("  git config core.hooksPath .githooks   # checks the content before every commit");
        output.WriteLine("  legalgen serve                        # preview the site; edit content/ and it reloads");
        output.WriteLine("  npm ci                                # Pagefind, for search in legalgen serve and build");
        output.WriteLine("  git add . && git commit -m \"Legal documents\"");
        output.WriteLine("README.md says how to add a version, translate, preview, and what CI does.");
        return CliApp.Success;
    }
}
