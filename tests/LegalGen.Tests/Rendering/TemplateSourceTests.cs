using LegalGen.Build;
using LegalGen.Diagnostics;
using LegalGen.Rendering;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

public class TemplateSourceTests
{
    [Fact]
    public void The_built_in_templates_are_the_repository_templates_folder_file_for_file()
    {
        var folder = TemplateSource.Folder(RepoPaths.Templates);

        Assert.Equal(folder.EnumerateFiles(""), TemplateSource.BuiltIn.EnumerateFiles(""));
        Assert.All(folder.EnumerateFiles(""), f => Assert.Equal(folder.ReadBytes(f), TemplateSource.BuiltIn.ReadBytes(f)));
        Assert.Contains("assets/style.css", TemplateSource.BuiltIn.EnumerateFiles("assets"));
        Assert.Contains("i18n/pl.yml", TemplateSource.BuiltIn.EnumerateFiles(""));
    }

    [Fact]
    public void Without_a_templates_folder_in_the_current_folder_the_built_in_templates_are_used()
    {
        Assert.False(Directory.Exists(TemplateSource.DefaultFolder), "the tests run where there is no templates folder");

        Assert.Same(TemplateSource.BuiltIn, TemplateSource.Locate(null));
        Assert.Equal("my-templates", TemplateSource.Locate("my-templates/").DisplayName);
    }

    [Fact]
    public void A_site_built_with_the_built_in_templates_is_byte_identical_to_one_built_with_the_folder()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n")
            .Version("privacy/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "## Zakres\n\nNowy tekst.\n");
        site.BuildSucceeding();
        var withFolder = SiteBuilderTestsSnapshot(site.OutputDirectory);

        site.TemplatesDirectory = null;
        site.BuildSucceeding();

        // The marker records the inputs, and a templates folder is another input than the built-in templates.
        Assert.Equal(WithoutMarker(withFolder), WithoutMarker(SiteBuilderTestsSnapshot(site.OutputDirectory)));
    }

    [Fact]
    public void Built_in_template_files_are_named_as_built_in_in_messages()
    {
        Assert.Equal("(built-in)/diff.sbn", TemplateSource.BuiltIn.Display("diff.sbn"));
        Assert.Equal("templates/diff.sbn", TemplateSource.Folder("templates").Display("diff.sbn"));
    }

    [Fact]
    public void A_template_source_never_reads_outside_itself()
    {
        var folder = TemplateSource.Folder(RepoPaths.Templates);

        Assert.False(folder.Exists("../README.md"));
        Assert.False(folder.Exists("/etc/passwd"));
        Assert.False(TemplateSource.BuiltIn.Exists("../README.md"));
        Assert.Throws<ArgumentException>(() => folder.ReadBytes("../README.md"));
    }

    [Fact]
    public void An_include_of_a_template_outside_the_folder_is_a_located_template_error()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        var templates = Path.Combine(site.Root, "templates");
        foreach (var file in TemplateSource.BuiltIn.EnumerateFiles(""))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(templates, file))!);
            File.WriteAllBytes(Path.Combine(templates, file), TemplateSource.BuiltIn.ReadBytes(file));
        }

        File.AppendAllText(Path.Combine(templates, "home.sbn"), "{{ include \"../content/site\" }}");
        site.TemplatesDirectory = templates;

        var d = TestSite.Single(site.Build(), DiagnosticCodes.Template);

        Assert.EndsWith("templates/home.sbn", d.Location.File);
        Assert.Contains("no template '../content/site.sbn'", d.Message);
    }

    [Theory]
    [InlineData("- :")]
    [InlineData("a: &x [*x]")]
    [InlineData("a: \"unclosed")]
    public void A_malformed_strings_file_is_a_located_template_error(string yaml)
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        var templates = Path.Combine(site.Root, "templates");
        foreach (var file in TemplateSource.BuiltIn.EnumerateFiles(""))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(templates, file))!);
            File.WriteAllBytes(Path.Combine(templates, file), TemplateSource.BuiltIn.ReadBytes(file));
        }

        File.WriteAllText(Path.Combine(templates, "i18n", "pl.yml"), yaml);
        site.TemplatesDirectory = templates;

        var d = TestSite.Single(site.Build(), DiagnosticCodes.Template);

        Assert.EndsWith("templates/i18n/pl.yml", d.Location.File);
        Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1);
    }

    private static string SiteBuilderTestsSnapshot(string directory) => LegalGen.Tests.Build.SiteBuilderTests.Snapshot(directory);

    private static string WithoutMarker(string snapshot) =>
        string.Join("\n", snapshot.Split('\n').Where(line => !line.StartsWith(LegalGen.Output.SiteWriter.MarkerFile + " ", StringComparison.Ordinal)));
}
