using System.Text;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// No bytes make the readers of version files and <c>site.yml</c> throw or hang: every input yields a
/// result, or located errors that say how to fix them.
/// </summary>
public class LoaderFuzzTests(ITestOutputHelper output)
{
    private const string File = "privacy/2024-01-15.pl.md";

    private static readonly VersionFileName Name = VersionFileName.TryParse("2024-01-15.pl.md", out _)!;

    private static void ReadVersionFile(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var file = VersionFileReader.Read("privacy", Name, "pl", File, bytes, summaryRequired: true, diagnostics);
        CheckOutcome(file is not null, diagnostics, File);
    }

    private static void ReadSiteFile(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteFileReader.Read("site.yml", bytes, diagnostics);
        CheckOutcome(settings is not null, diagnostics, "site.yml");
    }

    /// <summary>No result comes with an error saying why; every diagnostic is located in the file and has a hint.</summary>
    internal static void CheckOutcome(bool succeeded, DiagnosticBag diagnostics, string file)
    {
        var list = diagnostics.ToSortedList();
        if (!succeeded) Assert.Contains(list, d => d.IsError);
        foreach (var d in list)
        {
            Assert.Equal(file, d.Location.File);
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString());
            Assert.False(string.IsNullOrWhiteSpace(d.Hint), $"no hint: {d}");
        }
    }

    [Fact]
    public void Random_bytes_as_a_version_file() =>
        Fuzz.Run(FuzzInputs.RandomBytes, ReadVersionFile, 3_000, output, FuzzInputs.Print);

    [Fact]
    public void Mutated_sample_files_as_version_files() =>
        Fuzz.Run(FuzzInputs.MutatedSample, ReadVersionFile, 3_000, output, FuzzInputs.Print);

    [Fact]
    public void YAML_ish_front_matter_and_Markdown_ish_text_as_version_files() =>
        Fuzz.Run(FuzzInputs.VersionFileIsh, text => ReadVersionFile(Encoding.UTF8.GetBytes(text)), 2_000, output);

    [Fact]
    public void Random_bytes_mutations_and_YAML_ish_text_as_the_site_file()
    {
        Fuzz.Run(FuzzInputs.RandomBytes, ReadSiteFile, 1_000, output, FuzzInputs.Print);
        Fuzz.Run(FuzzInputs.MutatedSample, ReadSiteFile, 1_000, output, FuzzInputs.Print);
        Fuzz.Run(FuzzInputs.YamlIsh, text => ReadSiteFile(Encoding.UTF8.GetBytes(text)), 2_000, output);
    }
}
