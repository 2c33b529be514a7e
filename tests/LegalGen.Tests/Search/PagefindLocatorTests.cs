using System.Runtime.InteropServices;
using LegalGen.Diagnostics;
using LegalGen.Search;

namespace LegalGen.Tests.Search;

/// <summary>
/// Where a build finds Pagefind: the program named for the build, else the one LEGALGEN_PAGEFIND names, else npm's in a
/// node_modules folder here or above (its platform binary before its wrapper script), else pagefind_extended or pagefind
/// on PATH; a named program that is not there is a usage error.
/// </summary>
public sealed class PagefindLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "legalgen-tests", Guid.NewGuid().ToString("N"));

    private static string Platform => (OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "linux") + "-"
        + (RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "arm64" : "x64");

    private static string Exe => OperatingSystem.IsWindows() ? ".exe" : "";

    private string File(string relative)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, "program");
        return path;
    }

    private string Folder(string relative) => Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;

    private static Func<string, string?> Environment(string? variable = null, string path = "") =>
        name => name switch { PagefindLocator.Variable => variable, "PATH" => path, _ => null };

    [Fact]
    public void The_program_named_for_the_build_comes_first_and_must_exist()
    {
        var named = File("tools/pagefind");
        var other = File("other/pagefind");

        var found = PagefindLocator.Find(named, Environment(other), Folder("repo"));
        var missing = PagefindLocator.Find(Path.Combine(_root, "nothing"), Environment(other), Folder("repo"));

        Assert.Equal((named, "named for this build"), (found.Program, found.FoundBy));
        Assert.Null(missing.Program);
        Assert.Equal([UsageInput.Pagefind], missing.Error!.Inputs);
        Assert.Contains($"'{Path.Combine(_root, "nothing")}' does not exist", missing.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_variable_comes_before_any_folder_and_names_itself_when_wrong()
    {
        var named = File("tools/pagefind");
        File($"repo/node_modules/@pagefind/{Platform}/bin/pagefind_extended{Exe}");

        var found = PagefindLocator.Find(null, Environment(named), Folder("repo"));
        var missing = PagefindLocator.Find(null, Environment(Path.Combine(_root, "gone")), Folder("repo"));

        Assert.Equal((named, $"named by {PagefindLocator.Variable}"), (found.Program, found.FoundBy));
        Assert.Contains(PagefindLocator.Variable, missing.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Npms_platform_binary_is_taken_from_node_modules_here_or_above_before_its_wrapper_and_before_PATH()
    {
        var onPath = File($"bin/pagefind{Exe}");
        var wrapper = File("repo/node_modules/.bin/pagefind" + (OperatingSystem.IsWindows() ? ".cmd" : ""));
        var plain = File($"repo/node_modules/@pagefind/{Platform}/bin/pagefind{Exe}");
        var working = Folder("repo/docs/drafts");

        var first = PagefindLocator.Find(null, Environment(path: Path.GetDirectoryName(onPath)!), working);
        var extended = File($"repo/node_modules/@pagefind/{Platform}/bin/pagefind_extended{Exe}");
        var second = PagefindLocator.Find(null, Environment(path: Path.GetDirectoryName(onPath)!), working);
        System.IO.File.Delete(plain);
        System.IO.File.Delete(extended);
        var third = PagefindLocator.Find(null, Environment(path: Path.GetDirectoryName(onPath)!), working);

        Assert.Equal(plain, first.Program);
        Assert.Equal($"found in '{Path.Combine(_root, "repo", "node_modules")}'", first.FoundBy);
        Assert.Equal(extended, second.Program);
        Assert.Equal(wrapper, third.Program);
    }

    [Fact]
    public void On_PATH_the_first_folder_with_either_binary_wins_and_nothing_found_says_where_it_looked()
    {
        var plain = File($"first/pagefind{Exe}");
        var extended = File($"second/pagefind_extended{Exe}");
        var modules = Folder("repo/node_modules");
        var path = string.Join(Path.PathSeparator, Path.GetDirectoryName(plain), Path.GetDirectoryName(extended));

        var found = PagefindLocator.Find(null, Environment(path: path), Folder("repo"));
        var none = PagefindLocator.Find(null, Environment(path: Folder("empty")), Folder("repo"));

        Assert.Equal((plain, "found on PATH"), (found.Program, found.FoundBy));
        Assert.Null(none.Program);
        Assert.Null(none.Error);
        Assert.Equal([modules, "PATH"], none.Looked);

        System.IO.File.Delete(plain);
        Assert.Equal(extended, PagefindLocator.Find(null, Environment(path: path), Folder("repo")).Program);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
