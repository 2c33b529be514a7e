using LegalGen.Cli.Pdf;

namespace LegalGen.Tests.Cli;

public sealed class BrowserLocatorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("legalgen-browsers-").FullName;

    private string Program(string relativePath, bool executable = true)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, executable ? UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return path;
    }

    private string Folder(string name) => Directory.CreateDirectory(Path.Combine(_root, name)).FullName;

    private static string SearchPath(params string[] folders) => string.Join(Path.PathSeparator, folders);

    [Fact]
    public void The_first_usual_command_on_the_PATH_is_found()
    {
        var chrome = Program("b/google-chrome");
        Program("b/chromium", executable: false);

        var search = BrowserLocator.Find(null, null, SearchPath(Folder("a"), Path.Combine(_root, "b")), []);

        Assert.Equal(chrome, search.Found);
    }

    [Fact]
    public void A_browser_in_a_usual_place_outside_the_PATH_is_found()
    {
        var snap = Program("snap/bin/chromium");

        Assert.Equal(snap, BrowserLocator.Find(null, null, SearchPath(Folder("empty")), [Path.Combine(_root, "nowhere"), snap]).Found);
    }

    [Fact]
    public void The_browser_given_wins_over_the_environment_and_the_usual_places()
    {
        var given = Program("given/chrome");
        var fromEnvironment = Program("env/chrome");
        Program("path/chromium");

        Assert.Equal(given, BrowserLocator.Find(given, fromEnvironment, SearchPath(Path.Combine(_root, "path")), []).Found);
        Assert.Equal(fromEnvironment, BrowserLocator.Find(null, fromEnvironment, SearchPath(Path.Combine(_root, "path")), []).Found);
    }

    [Fact]
    public void A_command_name_given_is_looked_up_on_the_PATH()
    {
        var edge = Program("bin/my-chromium");

        Assert.Equal(edge, BrowserLocator.Find("my-chromium", null, SearchPath(Path.Combine(_root, "bin")), []).Found);
    }

    [Fact]
    public void A_browser_given_that_is_not_there_is_not_replaced_by_another_and_the_message_says_which_and_how()
    {
        Program("path/chromium");
        var missing = Path.Combine(_root, "no", "chromium");

        var search = BrowserLocator.Find(missing, null, SearchPath(Path.Combine(_root, "path")), []);
        var failure = BrowserLocator.NotFound(search);

        Assert.Null(search.Found);
        Assert.Equal("LG090", failure.Code);
        Assert.Equal($"cannot make PDFs: the browser '{missing}' (--pdf-browser) does not exist", failure.Message);
        Assert.Contains("--pdf-browser or LEGALGEN_BROWSER", failure.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_or_a_file_that_is_not_executable_is_said_to_be_so()
    {
        var folder = Folder("chromium-folder");
        var plain = Program("plain/chromium", executable: false);

        Assert.EndsWith("is a folder, not a program", BrowserLocator.NotFound(BrowserLocator.Find(null, folder, null, [])).Message, StringComparison.Ordinal);
        Assert.Contains("(LEGALGEN_BROWSER)", BrowserLocator.NotFound(BrowserLocator.Find(null, folder, null, [])).Message, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
            Assert.EndsWith("is not executable", BrowserLocator.NotFound(BrowserLocator.Find(plain, null, null, [])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_none_is_installed_the_message_lists_where_it_looked_and_how_to_install_or_name_one()
    {
        var search = BrowserLocator.Find(null, "  ", SearchPath(Folder("empty")), ["/opt/nowhere/chrome"]);
        var failure = BrowserLocator.NotFound(search);

        Assert.Null(search.Found);
        Assert.Equal(
            "cannot make PDFs: no Chromium or Google Chrome found; looked for chromium on the PATH, chromium-browser on the PATH, google-chrome on the PATH, google-chrome-stable on the PATH, /opt/nowhere/chrome",
            failure.Message);
        Assert.Contains("sudo apt-get install chromium", failure.Hint, StringComparison.Ordinal);
        Assert.Contains("--pdf-browser PATH", failure.Hint, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
