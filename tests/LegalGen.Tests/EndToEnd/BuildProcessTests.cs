using LegalGen.Tests.Support;

namespace LegalGen.Tests.EndToEnd;

/// <summary><c>legalgen build</c> run as a process, as the README tells users to run it.</summary>
public class BuildProcessTests
{
    [Fact]
    public void Build_with_no_options_in_a_repository_without_templates_writes_the_site_and_says_where()
    {
        using var site = new TestSite();
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n");

        var result = CliProcess.Run(site.Root, ["build"], ("SOURCE_DATE_EPOCH", "1735689600"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Open " + Path.Combine(site.OutputDirectory, "index.html"), result.Out);
        Assert.True(site.Exists("pl/privacy/index.html"));
    }
}
