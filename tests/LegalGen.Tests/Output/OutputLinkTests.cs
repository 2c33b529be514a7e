using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

/// <summary>An output folder given as a symbolic link stays a link: the site is swapped in beside the link's target.</summary>
public class OutputLinkTests
{
    [Fact]
    public void A_linked_output_stays_a_link_and_its_target_holds_the_new_site_after_two_builds()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        var target = Path.Combine(site.Root, "published", "legal");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(site.OutputDirectory, target);

        site.BuildSucceeding();
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");
        site.BuildSucceeding();

        Assert.Equal(target, new DirectoryInfo(site.OutputDirectory).LinkTarget);
        Assert.Contains("Polityka Prywatności", File.ReadAllText(Path.Combine(target, "pl", "privacy", "index.html")));
        Assert.Empty(OutputFolders.Helpers(target));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void A_link_to_a_folder_not_there_yet_gets_the_site_at_its_target()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        var target = Path.Combine(site.Root, "published");
        Directory.CreateSymbolicLink(site.OutputDirectory, target);

        site.BuildSucceeding();

        Assert.Equal(target, new DirectoryInfo(site.OutputDirectory).LinkTarget);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));
    }
}
