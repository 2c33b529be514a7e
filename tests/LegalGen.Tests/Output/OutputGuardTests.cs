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
    public void Folders_holding_the_templates_or_the_current_folder_are_refused_even_when_forced()
    {
        using var site = new TestSite();

        Assert.Contains("templates folder", OutputGuard.Check(RepoPaths.Root, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("current folder", OutputGuard.Check(Path.GetDirectoryName(Environment.CurrentDirectory)!, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("current folder", OutputGuard.Check(".", site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
    }

    [Fact]
    public void Without_a_templates_folder_only_the_content_and_current_folders_are_protected()
    {
        using var site = new TestSite();

        Assert.Null(OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, templates: null, force: false));
        Assert.NotNull(OutputGuard.Check(site.ContentDirectory, site.ContentDirectory, templates: null, force: true));
    }

    [Fact]
    public void A_folder_with_files_LegalGen_did_not_write_is_refused_unless_forced()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "thesis.docx"), "precious");

        var refusal = OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: false);

        Assert.Contains(LegalGen.Diagnostics.UsageInput.Force, refusal!.Inputs);
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

    [Fact]
    public void A_symbolic_link_to_the_content_or_templates_folder_or_the_root_is_refused_like_the_folder()
    {
        using var site = new TestSite();
        var toContent = Path.Combine(site.Root, "to-content");
        var toTemplatesParent = Path.Combine(site.Root, "to-repository");
        var toRoot = Path.Combine(site.Root, "to-root");
        Directory.CreateSymbolicLink(toContent, site.ContentDirectory);
        Directory.CreateSymbolicLink(toTemplatesParent, RepoPaths.Root);
        Directory.CreateSymbolicLink(toRoot, "/");

        Assert.Contains("would replace the content folder", OutputGuard.Check(toContent, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("is inside the content folder", OutputGuard.Check(Path.Combine(toContent, "_site"), site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("would replace the templates folder", OutputGuard.Check(toTemplatesParent, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("root of the file system", OutputGuard.Check(toRoot, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.True(File.Exists(Path.Combine(site.ContentDirectory, "site.yml")));
    }

    [Fact]
    public void The_content_folder_given_through_a_link_is_protected_at_its_real_place()
    {
        using var site = new TestSite();
        var link = Path.Combine(site.Root, "content-link");
        Directory.CreateSymbolicLink(link, site.ContentDirectory);

        Assert.Contains("would replace the content folder", OutputGuard.Check(site.ContentDirectory, link, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("would replace the content folder", OutputGuard.Check(site.Root, link, RepoPaths.Templates, force: true)!.Message);
    }

    [Fact]
    public void A_loop_of_links_does_not_hang_the_check()
    {
        using var site = new TestSite();
        var a = Path.Combine(site.Root, "a");
        var b = Path.Combine(site.Root, "b");
        Directory.CreateSymbolicLink(a, b);
        Directory.CreateSymbolicLink(b, a);

        Assert.Null(OutputGuard.Check(Path.Combine(a, "_site"), site.ContentDirectory, RepoPaths.Templates, force: false));
    }

    [Fact]
    public void A_link_to_a_folder_LegalGen_did_not_write_needs_force()
    {
        using var site = new TestSite();
        var precious = Path.Combine(site.Root, "precious");
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "thesis.docx"), "x");
        var link = Path.Combine(site.Root, "_site");
        Directory.CreateSymbolicLink(link, precious);

        Assert.Contains(LegalGen.Diagnostics.UsageInput.Force, OutputGuard.Check(link, site.ContentDirectory, RepoPaths.Templates, force: false)!.Inputs);
    }

    [Fact]
    public void A_previous_site_holding_only_folders_is_still_foreign_without_the_marker()
    {
        using var site = new TestSite();
        Directory.CreateDirectory(Path.Combine(site.OutputDirectory, "drafts"));

        Assert.Contains(LegalGen.Diagnostics.UsageInput.Force, OutputGuard.Check(site.OutputDirectory, site.ContentDirectory, RepoPaths.Templates, force: false)!.Inputs);
    }

    [Fact]
    public void A_folder_inside_the_templates_folder_is_refused_even_when_forced()
    {
        using var site = new TestSite().UseCopyOfTemplates();
        var inside = Path.Combine(site.TemplatesDirectory!, "assets", "site");

        var refusal = OutputGuard.Check(inside, site.ContentDirectory, site.TemplatesDirectory, force: true);

        Assert.Contains("is inside the templates folder", refusal!.Message);
    }

    [Fact]
    public void A_file_is_refused_as_the_output_folder()
    {
        using var site = new TestSite();
        var file = Path.Combine(site.Root, "notes.txt");
        File.WriteAllText(file, "precious");
        var link = Path.Combine(site.Root, "notes-link");
        File.CreateSymbolicLink(link, file);

        Assert.Contains("is a file, not a folder", OutputGuard.Check(file, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Contains("is a file, not a folder", OutputGuard.Check(link, site.ContentDirectory, RepoPaths.Templates, force: true)!.Message);
        Assert.Equal("precious", File.ReadAllText(file));
    }
}
