using LegalGen.Output;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

public class OutputGuardTests
{
    [Fact]
    public void The_content_folder_its_parents_and_the_root_are_refused()
    {
        using var site = new TestSite();

        Assert.NotNull(OutputGuard.Check(site.ContentDirectory, site.ContentDirectory, RepoPaths.Templates, force: true));
        Assert.NotNull(OutputGuard.Check(site.Root, site.ContentDirectory, RepoPaths.Templates, force: true));
        Assert.NotNull(OutputGuard.Check(Path.Combine(site.ContentDirectory, "site"), site.ContentDirectory, RepoPaths.Templates, force: true));
        Assert.NotNull(OutputGuard.Check("/", site.ContentDirectory, RepoPaths.Templates, force: true));
        Assert.NotNull(OutputGuard.Check(RepoPaths.Templates, site.ContentDirectory, RepoPaths.Templates, force: true));
        Assert.NotNull(OutputGuard.Check(Environment.CurrentDirectory, site.ContentDirectory, RepoPaths.Templates, force: true));
    }

    [Fact]
    public void A_folder_with_files_LegalGen_did_not_write_is_refused_unless_forced()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "thesis.docx"), "precious");

        var refusal = OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: false);

        Assert.Contains("--force", refusal);
        Assert.Null(OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: true));
    }

    [Fact]
    public void A_new_empty_or_previously_built_folder_is_accepted()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: P");

        Assert.Null(OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: false));
        site.BuildSucceeding();
        Assert.Null(OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: false));
    }
}
