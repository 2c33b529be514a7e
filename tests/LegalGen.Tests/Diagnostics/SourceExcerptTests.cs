using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Diagnostics;

public class SourceExcerptTests
{
    [Fact]
    public void The_excerpt_is_the_line_the_diagnostic_points_at_with_the_word_at_the_column_underlined()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka\nsumary: x");
        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.UnknownKey);

        var excerpt = SourceExcerpt.Read(diagnostic, site.ContentDirectory);

        Assert.Equal(new SourceExcerpt(3, "sumary: x", 1, 6), excerpt);
    }

    [Fact]
    public void A_template_diagnostic_is_read_from_the_current_folder()
    {
        using var site = new TestSite().Version("privacy/2024-01-01.pl.md", "title: Polityka");
        site.UseCopyOfTemplates();
        File.AppendAllText(Path.Combine(site.TemplatesDirectory!, "home.sbn"), "\n  {{ page.nothing.here }}\n");
        var diagnostic = site.Build().Diagnostics.First(d => d.Code == DiagnosticCodes.Template);

        var excerpt = SourceExcerpt.Read(diagnostic, "no/such/content/folder");

        Assert.NotNull(excerpt);
        Assert.Equal("{{ page.nothing.here }}", excerpt.Text.Trim());
        Assert.Equal("nothing", excerpt.Text.Substring(excerpt.Caret - 1, excerpt.Width));
    }

    [Fact]
    public void Diagnostics_about_a_whole_file_have_no_excerpt()
    {
        using var site = new TestSite()
            .Version("privacy/2024-01-01.pl.md", "title: Polityka")
            .Version("privacy/2024-01-01.PL.md", "title: Polityka");
        var diagnostic = TestSite.Single(site.Build(), DiagnosticCodes.DuplicateVersion);

        Assert.Null(SourceExcerpt.Read(diagnostic, site.ContentDirectory));
    }

    [Fact]
    public void Tabs_and_control_characters_show_as_one_space_so_the_caret_lines_up()
    {
        var excerpt = SourceExcerpt.Of(7, "\tkey:\u0001value", 7);

        Assert.Equal(" key: value", excerpt.Text);
        Assert.Equal("value", excerpt.Text.Substring(excerpt.Caret - 1, excerpt.Width));
    }

    [Fact]
    public void A_long_line_is_cut_around_the_column()
    {
        var line = string.Concat(Enumerable.Repeat("lorem ipsum ", 40)) + "TARGET" + string.Concat(Enumerable.Repeat(" dolor sit", 40));

        var excerpt = SourceExcerpt.Of(1, line, line.IndexOf("TARGET", StringComparison.Ordinal) + 1);

        Assert.True(excerpt.Text.Length <= SourceExcerpt.MaxLength + 2);
        Assert.StartsWith("…", excerpt.Text);
        Assert.EndsWith("…", excerpt.Text);
        Assert.Equal("TARGET", excerpt.Text.Substring(excerpt.Caret - 1, excerpt.Width));
    }

    [Fact]
    public void A_column_past_the_end_of_the_line_points_just_after_it()
    {
        var excerpt = SourceExcerpt.Of(2, "title: 'unclosed", 40);

        Assert.Equal(17, excerpt.Caret);
        Assert.Equal(1, excerpt.Width);
    }
}
