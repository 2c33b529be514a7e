using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Output;

/// <summary>Files a user keeps in the output (a domain's CNAME, .nojekyll, site.yml's keep:) survive every rebuild.</summary>
public class KeptFilesTests
{
    private static TestSite SiteKeeping(string keep) =>
        new TestSite(TestSite.DefaultSiteYml + "\n" + keep + "\n").Version("privacy/2024-01-01.pl.md", "title: Polityka");

    private static void Put(TestSite site, string sitePath, string text)
    {
        var path = Path.Combine(site.OutputDirectory, sitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void CNAME_nojekyll_and_listed_files_and_folders_survive_two_rebuilds()
    {
        using var site = SiteKeeping("keep: [.well-known/security.txt, downloads]");
        site.BuildSucceeding();
        Put(site, "CNAME", "legal.example.com\n");
        Put(site, ".nojekyll", "");
        Put(site, ".well-known/security.txt", "Contact: mailto:security@example.com\n");
        Put(site, ".well-known/not-listed.txt", "x");
        Put(site, "downloads/2024/terms.pdf", "%PDF");
        Put(site, "notes.txt", "not kept");

        site.BuildSucceeding(rebuild: true);
        site.Version("privacy/2024-01-01.pl.md", "title: Polityka Prywatności");
        site.BuildSucceeding();

        Assert.Equal("legal.example.com\n", site.Read("CNAME"));
        Assert.True(site.Exists(".nojekyll"));
        Assert.Equal("Contact: mailto:security@example.com\n", site.Read(".well-known/security.txt"));
        Assert.Equal("%PDF", site.Read("downloads/2024/terms.pdf"));
        Assert.False(site.Exists(".well-known/not-listed.txt"));
        Assert.False(site.Exists("notes.txt"));
        Assert.Contains("Polityka Prywatności", site.Read("pl/privacy/index.html"));
        Assert.Empty(OutputFolders.Helpers(site.OutputDirectory));
    }

    [Fact]
    public void A_kept_path_the_build_writes_is_the_builds_with_a_located_warning()
    {
        using var site = SiteKeeping("keep:\n  - robots.txt\n  - assets");
        site.BuildSucceeding();
        Put(site, "robots.txt", "User-agent: *\nDisallow: /\n");
        Put(site, "assets/logo.svg", "<svg/>");

        var result = site.BuildSucceeding();

        Assert.DoesNotContain("Disallow", site.Read("robots.txt"));
        Assert.Equal("<svg/>", site.Read("assets/logo.svg"));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.KeptPathWritten).ToList();
        Assert.Equal([new SourceLocation("site.yml", 6, 5), new SourceLocation("site.yml", 7, 5)], warnings.Select(w => w.Location));
        Assert.All(warnings, w => Assert.False(w.IsError));
        Assert.Contains("'assets/compare.js'", warnings[1].Message);
    }

    [Fact]
    public void Check_warns_about_a_kept_path_the_build_writes_as_the_build_does()
    {
        using var site = SiteKeeping("keep: [index.html]");

        var result = site.Check();

        Assert.Equal(DiagnosticCodes.KeptPathWritten, TestSite.Single(result, DiagnosticCodes.KeptPathWritten).Code);
    }

    [Fact]
    public void A_kept_file_keeps_its_modification_time()
    {
        using var site = SiteKeeping("keep: []");
        site.BuildSucceeding();
        Put(site, "CNAME", "legal.example.com\n");
        var before = File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "CNAME"));
        Thread.Sleep(20);

        site.BuildSucceeding();

        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDirectory, "CNAME")));
    }
}
