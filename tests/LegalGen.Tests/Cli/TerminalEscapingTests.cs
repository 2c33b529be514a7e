using LegalGen.Tests.Support;

namespace LegalGen.Tests.Cli;

/// <summary>
/// Folder names, file names, YAML keys and values reach the terminal escaped: an escape sequence in content
/// cannot recolour, retitle or clear the terminal, and a line feed cannot print a fake diagnostic.
/// </summary>
public class TerminalEscapingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Control_sequences_in_names_and_keys_are_printed_as_visible_escapes(bool colour)
    {
        using var site = new TestSite();
        site.Version("p/2024-01-01.pl.md", "title: P\n\"\\e]0;pwned\\aKEY\\nfake.md:1:1: error LG000: forged\": 1");
        Directory.CreateDirectory(Path.Combine(site.ContentDirectory, "x\u001B[31mred\u202Egnp.exe"));

        var (code, stdout, stderr) = colour
            ? CliRunner.RunColoured("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory)
            : CliRunner.Run("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory);

        Assert.Equal(1, code);
        var printed = stdout + stderr;
        Assert.DoesNotContain("\u001B]0;", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B[31mred", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("\nfake.md", printed, StringComparison.Ordinal);
        Assert.Contains("x\\x1B[31mred\\u202Egnp.exe", printed, StringComparison.Ordinal);
        Assert.Contains("\\x1B]0;pwned\\x07KEY\\nfake.md", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_annotations_escape_control_characters_too()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.ContentDirectory, "x\u001B[31mred"));

        var (_, stdout, _) = CliRunner.Run("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--format", "github");

        Assert.DoesNotContain("\u001B", stdout, StringComparison.Ordinal);
        Assert.Contains("x\\x1B[31mred", stdout, StringComparison.Ordinal);
    }
}
