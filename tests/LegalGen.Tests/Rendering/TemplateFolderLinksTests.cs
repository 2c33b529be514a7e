using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>
/// Nothing inside a templates folder leads out of it: a symbolic link (to a credentials file, to /etc, to
/// itself) or a FIFO among the templates or assets is a located error, and nothing is read or published.
/// The templates folder as a whole may be a link.
/// </summary>
public class TemplateFolderLinksTests
{
    private static TestSite Site() => new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n").UseCopyOfTemplates();

    [Fact]
    public void A_link_to_a_secret_file_in_assets_is_refused_and_not_published()
    {
        using var site = Site();
        var secret = Path.Combine(site.Root, "credentials.txt");
        File.WriteAllText(secret, "TOKEN=abc\n");
        File.CreateSymbolicLink(Path.Combine(site.TemplatesDirectory!, "assets", "credentials.txt"), secret);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal("templates/assets/credentials.txt", Path.GetRelativePath(site.Root, TestSite.Single(result, DiagnosticCodes.SymbolicLink).Location.File).Replace('\\', '/'));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Theory]
    [InlineData("/etc")]
    [InlineData("loop")]
    [InlineData("missing-target")]
    public void A_link_to_a_system_folder_to_itself_or_to_nothing_is_refused(string target)
    {
        using var site = Site();
        Directory.CreateSymbolicLink(Path.Combine(site.TemplatesDirectory!, "assets", "loop"), target);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.EndsWith("assets/loop", TestSite.Single(result, DiagnosticCodes.SymbolicLink).Location.File);
    }

    [Fact]
    public void A_linked_template_file_is_refused_too()
    {
        using var site = Site();
        var layout = Path.Combine(site.TemplatesDirectory!, "layout.sbn");
        var elsewhere = Path.Combine(site.Root, "layout.sbn");
        File.Move(layout, elsewhere);
        File.CreateSymbolicLink(layout, elsewhere);

        Assert.EndsWith("/layout.sbn", TestSite.Single(site.Build(), DiagnosticCodes.SymbolicLink).Location.File);
    }

    [Fact]
    public void A_FIFO_among_the_assets_is_a_located_error_not_a_hang()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = Site();
        SpecialFiles.TryMakeFifo(Path.Combine(site.TemplatesDirectory!, "assets", "pipe.css"));

        Assert.EndsWith("assets/pipe.css", TestSite.Single(site.Build(), DiagnosticCodes.SpecialFile).Location.File);
    }

    [Fact]
    public void The_templates_folder_itself_may_be_a_link()
    {
        using var site = Site();
        var link = Path.Combine(site.Root, "linked-templates");
        Directory.CreateSymbolicLink(link, site.TemplatesDirectory!);
        site.TemplatesDirectory = link;

        site.BuildSucceeding();

        Assert.True(site.Exists("assets/style.css"));
    }
}
