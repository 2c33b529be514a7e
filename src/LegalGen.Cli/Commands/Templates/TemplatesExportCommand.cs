using LegalGen.Cli.Printing;
using LegalGen.Scaffolding;

namespace LegalGen.Cli.Commands.Templates;

/// <summary>Writes <see cref="TemplatesExport"/>'s files to a new or empty folder (any folder with <c>--force</c>).</summary>
internal static class TemplatesExportCommand
{
    public static int Run(string folder, bool force, Terminal terminal)
    {
        if (File.Exists(folder))
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" '{folder}' is a file; name a new or empty folder (DIR)");
            return CliApp.UsageErrors;
        }

        if (!force && Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            terminal.Error.Write("error:", Palette.Error).WriteLine($" '{folder}' is not empty, and nothing was written; name a new or empty folder, or add --force to write into it");
            return CliApp.UsageErrors;
        }

        var outcome = StarterWriter.Write(folder, TemplatesExport.Files(), force: true);
        terminal.Out.WriteLine($"Wrote {outcome.Written.Count} files of the built-in templates to {Path.GetFullPath(folder)}.", Palette.Success);
        terminal.Out.WriteLine($"Change what you need, delete the rest (a file you leave out is taken from the built-in templates), and build with: legalgen build --templates {folder}");
        return CliApp.Success;
    }
}
