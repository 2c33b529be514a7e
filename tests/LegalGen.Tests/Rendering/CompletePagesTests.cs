using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>A page that does not come out whole is an error, and nothing is published.</summary>
public class CompletePagesTests
{
    [Fact]
    public void A_layout_that_stops_before_its_end_fails_the_build_and_leaves_the_previous_site()
    {
        using var site = new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka", "Tekst.\n").UseCopyOfTemplates();
        site.BuildSucceeding();
        var before = File.ReadAllBytes(Path.Combine(site.OutputDirectory, "pl", "p", "index.html"));
        var layout = Path.Combine(site.TemplatesDirectory!, "layout.sbn");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("{{ content ~}}", "{{ content }}{{ if page.kind == \"version\"; ret; end ~}}"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Code == DiagnosticCodes.Template);
        Assert.Contains("came out incomplete", error.Message);
        Assert.EndsWith("layout.sbn", error.Location.File);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.OutputDirectory, "pl", "p", "index.html")));
    }
}
