using System.Reflection;
using System.Text.RegularExpressions;
using LegalGen.Tests.Support;
using NetArchTest.Rules;

namespace LegalGen.Tests.Architecture;

/// <summary>
/// The seams of the code, enforced on the compiled assemblies: each third-party library is reached from one
/// folder only, the core library knows nothing of the console or the command line, and its folders depend on
/// each other without cycles. A change that crosses a seam fails here, naming the types that cross it.
/// </summary>
public partial class SeamsTests
{
    private static readonly Assembly Core = typeof(LegalGen.Build.SiteBuilder).Assembly;
    private static readonly Assembly Cli = typeof(LegalGen.Cli.CliApp).Assembly;

    public static TheoryData<string, string> CoreLibraries => new()
    {
        // library namespace, the one folder (namespace) of the core that may use it
        { "Markdig", "LegalGen.Markdown" },
        { "YamlDotNet", "LegalGen.Content" },
        { "Scriban", "LegalGen.Rendering" },
        { "DiffPlex", "LegalGen.Redline" },
        { "Ganss.Xss", "LegalGen.Html" },
        { "AngleSharp", "LegalGen.Html" },
    };

    [Theory]
    [MemberData(nameof(CoreLibraries))]
    public void Each_library_of_the_core_is_reached_from_its_own_folder_only(string library, string folder)
    {
        var crossing = Types.InAssembly(Core).That().DoNotResideInNamespace(folder).And().HaveDependencyOn(library).GetTypes();

        Assert.True(!crossing.Any(), $"{library} is used outside {folder} by: {string.Join(", ", crossing.Select(t => t.FullName))}");
    }

    [Fact]
    public void DiffPlex_is_behind_one_type()
    {
        var users = Types.InAssembly(Core).That().HaveDependencyOn("DiffPlex").GetTypes().Select(t => t.FullName!.Split('+', '/')[0]).Distinct().ToList();

        Assert.Equal(["LegalGen.Redline.EditScript"], users);
    }

    [Fact]
    public void Each_program_the_core_runs_is_run_from_one_type_only()
    {
        var users = Types.InAssembly(Core).That().HaveDependencyOn("System.Diagnostics.Process").GetTypes()
            .Select(t => t.FullName!.Split('+', '/')[0]).Distinct().Order(StringComparer.Ordinal).ToList();

        // git for legalgen import, Pagefind for the search index.
        Assert.Equal(["LegalGen.Import.GitRepository", "LegalGen.Search.PagefindIndexer"], users);
    }

    [Theory]
    [InlineData("System.CommandLine")]
    [InlineData("Spectre.Console")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("System.Console")]
    [InlineData("Microsoft.Playwright")]
    public void The_core_library_knows_nothing_of_the_command_line_or_the_console(string dependency)
    {
        var crossing = Types.InAssembly(Core).That().HaveDependencyOn(dependency).GetTypes();

        Assert.True(!crossing.Any(), $"the core uses {dependency} in: {string.Join(", ", crossing.Select(t => t.FullName))}");
    }

    [Theory]
    [InlineData("Spectre.Console", "LegalGen.Cli.Printing")]
    [InlineData("Microsoft.AspNetCore", "LegalGen.Cli.Commands.Serve")]
    [InlineData("Microsoft.Playwright", "LegalGen.Cli.Pdf")]
    [InlineData("Markdig", "-")]
    [InlineData("YamlDotNet", "-")]
    [InlineData("Scriban", "-")]
    public void The_command_line_reaches_its_libraries_from_their_own_folder_and_the_cores_only_through_the_core(string library, string folder)
    {
        var crossing = Types.InAssembly(Cli).That().DoNotResideInNamespace(folder).And().HaveDependencyOn(library).GetTypes();

        Assert.True(!crossing.Any(), $"{library} is used outside {folder} by: {string.Join(", ", crossing.Select(t => t.FullName))}");
    }

    [Fact]
    public void The_folders_of_the_core_depend_on_each_other_without_cycles()
    {
        var folders = Core.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("LegalGen.", StringComparison.Ordinal))
            .Select(FolderOf)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var dependsOn = folders.ToDictionary(f => f, f => folders
            .Where(other => other != f
                && (Types.InAssembly(Core).That().ResideInNamespace("LegalGen." + f).And().HaveDependencyOn("LegalGen." + other + ".").GetTypes().Any()
                    || Types.InAssembly(Core).That().ResideInNamespace("LegalGen." + f).And().HaveDependencyOnAny(TypesIn(other)).GetTypes().Any()))
            .ToList());

        var cycle = FindCycle(folders, dependsOn);

        Assert.True(cycle is null, $"the folders depend on each other in a circle: {string.Join(" → ", cycle ?? [])}");
    }

    [Fact]
    public void The_cycle_finder_finds_a_circle_and_only_a_circle()
    {
        List<string> nodes = ["a", "b", "c", "d"];
        var edges = new Dictionary<string, List<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] };

        Assert.Equal(["a", "b", "c", "a"], FindCycle(nodes, edges));
        edges["c"] = [];
        Assert.Null(FindCycle(nodes, edges));
    }

    [Fact]
    public void No_message_of_the_core_names_a_command_line_flag()
    {
        var core = Path.Combine(RepoPaths.Root, "src", "LegalGen");
        var offending = Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(core, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && FlagInString().IsMatch(l.Text))
            .Where(l => !ProgramCommandLines.Contains(l.File))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "messages built in the core name flags; return a UsageError naming the input instead:\n" + string.Join("\n", offending));
    }

    /// <summary>The files that write other programs' command lines (git's, Pagefind's), whose options are theirs, not LegalGen's.</summary>
    private static readonly string[] ProgramCommandLines = [Path.Combine("Import", "GitRepository.cs"), Path.Combine("Search", "PagefindIndexer.cs")];

    private static string FolderOf(string ns) => ns.Split('.')[1];

    /// <summary>The full names of the types directly in a folder's namespace (not its sub-folders'), which a prefix match alone would miss.</summary>
    private static string[] TypesIn(string folder) => Core.GetTypes()
        .Where(t => t.Namespace == "LegalGen." + folder && !t.Name.StartsWith('<'))
        .Select(t => t.FullName!)
        .ToArray();

    private static List<string>? FindCycle(List<string> nodes, Dictionary<string, List<string>> edges)
    {
        var state = nodes.ToDictionary(n => n, _ => 0);
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var next in edges[node])
            {
                if (state[next] == 1) return [.. path.SkipWhile(p => p != next), next];
                if (state[next] == 0 && Visit(next) is { } found) return found;
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        return nodes.Where(n => state[n] == 0).Select(Visit).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex("\"[^\"]*(?<![\\w-])--[a-z][a-z-]+[^\"]*\"")]
    private static partial Regex FlagInString();
}
