using AngleSharp.Html.Parser;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Rendering;

/// <summary>
/// A site's templates folder overrides the built-in templates file by file and string by string: a folder
/// holding one file or one string builds a whole site, and a page never shows a raw string key.
/// </summary>
public class LayeredTemplatesTests
{
    private static TestSite SiteWithTemplates(params (string Path, string Text)[] files)
    {
        var site = new TestSite().Version("p/2024-01-01.pl.md", "title: Polityka", "## Zakres\n\nTekst.\n");
        var folder = Path.Combine(site.Root, "my-templates");
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }

        site.TemplatesDirectory = folder;
        return site;
    }

    [Fact]
    public void An_empty_templates_folder_builds_the_built_in_site_even_when_strict()
    {
        using var site = SiteWithTemplates();

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotMatch(@"\b[a-z]+_[a-z_]+\b", site.Page("pl/p/index.html").Body!.TextContent);
        Assert.True(site.Exists("assets/style.css"));
    }

    [Fact]
    public void One_overridden_partial_replaces_only_itself()
    {
        using var site = SiteWithTemplates(("_in_force.sbn", "<p class=\"my-in-force\">{{ t \"status_current\" }}</p>"));

        site.BuildSucceeding();

        Assert.NotNull(site.Page("pl/p/index.html").QuerySelector(".my-in-force"));
        Assert.NotNull(site.Page("pl/p/index.html").QuerySelector(".policy-text"));
    }

    [Fact]
    public void One_overridden_string_replaces_only_itself()
    {
        using var site = SiteWithTemplates(("i18n/pl.yml", "skip_to_content: Przejdź do tekstu\n"));

        site.BuildSucceeding();

        var page = site.Page("pl/p/index.html");
        Assert.Equal("Przejdź do tekstu", page.QuerySelector(".skip-link")!.TextContent.Trim());
        Assert.DoesNotMatch(@"\b[a-z]+_[a-z_]+\b", page.Body!.TextContent);
    }

    [Fact]
    public void An_own_stylesheet_replaces_the_built_in_one()
    {
        using var site = SiteWithTemplates(("assets/style.css", "body { color: black; }\n"), ("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        site.BuildSucceeding();

        Assert.Equal("body { color: black; }\n", site.Read("assets/style.css"));
        Assert.True(site.Exists("assets/logo.svg"));
    }

    [Fact]
    public void A_string_no_layer_has_is_a_template_error_at_the_place_that_asks_for_it()
    {
        using var site = SiteWithTemplates(("_in_force.sbn", "<p>\n{{ t \"no_such_string\" }}</p>"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Code == DiagnosticCodes.Template);
        Assert.Contains("no_such_string", error.Message);
        Assert.EndsWith("my-templates/_in_force.sbn", error.Location.File);
        Assert.Equal(2, error.Location.Line);
    }

    [Theory]
    [InlineData("<p class=\"in\">A</p>{{ include \"_mine\" }}<p class=\"in\">C</p>", "A B C")]
    [InlineData("{{ kept = include \"_mine\" }}<p class=\"in\">A</p><p class=\"in\">C</p>{{ kept }}", "A C B")]
    [InlineData("{{ for n in 1..2 }}<p class=\"in\">{{ n }}</p>{{ include \"_mine\" }}{{ end }}", "1 B 2 B")]
    public void An_include_appears_where_the_template_writes_it(string partial, string order)
    {
        using var site = SiteWithTemplates(("_in_force.sbn", partial), ("_mine.sbn", "<p class=\"in\">B</p>"));

        site.BuildSucceeding();

        Assert.Equal(order, string.Join(" ", site.Page("pl/p/index.html").QuerySelectorAll("p.in").Select(p => p.TextContent)));
    }

    [Fact]
    public void A_site_restyles_the_redline_by_overriding_one_partial()
    {
        using var site = SiteWithTemplates(("_redline_nav.sbn", "{{~ func redline_nav(prefix, change, total) ~}}<p class=\"my-nav\">{{ change }}/{{ total }}</p>{{~ end ~}}"));
        site.Version("p/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "## Zakres\n\nNowy tekst.\n");

        site.BuildSucceeding();

        var page = site.Page("pl/p/diff/2024-01-01..2025-01-01/index.html");
        // One redline on the page, the inline one: the browser makes the side-by-side view of it, its nav included.
        Assert.Equal(["1/1"], page.QuerySelectorAll(".my-nav").Select(n => n.TextContent));
        Assert.NotNull(page.QuerySelector(".view-inline .rl-hunk > .my-nav"));
        Assert.Empty(page.QuerySelectorAll(".rl-nav"));
        Assert.NotNull(page.QuerySelector(".rl-hunk ins"));
    }

    [Fact]
    public void A_site_lays_out_the_parallel_view_by_overriding_its_rows()
    {
        using var site = SiteWithTemplates(("_parallel_rows.sbn", "{{ for row in parallel.rows }}<div class=\"my-row\">{{ row.source }}{{ row.translation }}</div>{{ end }}"));
        site.Version("p/2024-01-01.en.md", "title: Policy", "## Scope\n\nText.\n");

        site.BuildSucceeding();

        var rows = site.Page("en/p/2024-01-01/parallel/index.html").QuerySelectorAll(".my-row");
        Assert.Equal(2, rows.Length);
        Assert.Equal(["Zakres", "Scope"], rows[0].QuerySelectorAll(".pv-block").Select(b => b.TextContent));
    }

    [Fact]
    public void A_member_a_page_does_not_have_is_an_error_where_the_template_asks_for_it()
    {
        using var site = SiteWithTemplates(("diff.sbn", "<h1>{{ policy.title }}</h1>\n{{ diff.html }}"));
        site.Version("p/2025-01-01.pl.md", "title: Polityka\nsummary: Zmiana.", "## Zakres\n\nNowy tekst.\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Code == DiagnosticCodes.Template);
        Assert.Contains("'html' is not a member", error.Message);
        Assert.Contains("redline", error.Message);
        Assert.EndsWith("my-templates/diff.sbn", error.Location.File);
        Assert.Equal(2, error.Location.Line);
    }
}
