using System.Text;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Tests.Support;

using static LegalGen.Tests.Support.ContentLoad;

namespace LegalGen.Tests.Content;

/// <summary>
/// Content written to break the build — binary bytes, enormous or deeply nested files, YAML bombs — is
/// answered with located diagnostics and hints, never an exception, a crash or a hang.
/// </summary>
public class HostileContentTests
{
    private const string File = "privacy/2023-03-01.pl.md";

    private static IReadOnlyList<Diagnostic> Load(TestSite site)
    {
        var bag = new DiagnosticBag();
        var loaded = ContentReader.Read(site.ContentDirectory, ContentReadOptions.ForBuild(false), bag);
        var diagnostics = bag.ToSortedList();
        Assert.True(loaded is null == diagnostics.Any(d => d.IsError));
        return diagnostics;
    }

    [Fact]
    public void A_NUL_character_marks_a_binary_file()
    {
        using var site = new TestSite().WriteBytes(File, [.. "---\ntitle: P\n---\n"u8, 0, 1, 2]);

        var d = Only(Load(site), DiagnosticCodes.InvalidEncoding);

        Assert.Equal(File, d.Location.File);
        Assert.Contains("NUL", d.Message);
    }

    [Fact]
    public void Invalid_UTF8_in_the_site_file_is_located()
    {
        using var site = new TestSite(null).WriteBytes("site.yml", [.. "title: T\ndefault_language: pl\nlanguages: [pl]\n# "u8, 0xFF]);

        var d = Only(Load(site), DiagnosticCodes.InvalidEncoding);

        Assert.Equal(new SourceLocation("site.yml", 4, 3), d.Location);
    }

    [Fact]
    public void A_site_file_with_a_byte_order_mark_and_CRLF_is_accepted()
    {
        using var site = new TestSite(null)
            .WriteBytes("site.yml", [0xEF, 0xBB, 0xBF, .. "title: T\r\ndefault_language: pl\r\nlanguages: [pl]\r\n"u8])
            .Version(File, "title: P");

        Assert.Empty(Load(site));
    }

    [Fact]
    public void Front_matter_with_only_a_byte_order_mark_before_it_and_a_CR_only_file_are_read()
    {
        using var site = new TestSite().WriteBytes(File, [0xEF, 0xBB, 0xBF, .. "---\rtitle: P\r---\rText.\r"u8]);

        Assert.Empty(Load(site));
    }

    [Fact]
    public void A_file_of_only_a_byte_order_mark_is_empty()
    {
        using var site = new TestSite().WriteBytes(File, [0xEF, 0xBB, 0xBF]);

        var d = Only(Load(site), DiagnosticCodes.FrontMatterMissing);

        Assert.Contains("empty", d.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_read()
    {
        using var site = new TestSite();
        var path = Path.Combine(site.ContentDirectory, File);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = System.IO.File.Create(path)) stream.SetLength(ContentLimits.MaxFileBytes + 1);

        var d = Only(Load(site), DiagnosticCodes.FileTooLarge);

        Assert.Equal(SourceLocation.StartOf(File), d.Location);
        Assert.Contains("4 MiB", d.Message);
    }

    [Fact]
    public void Front_matter_over_its_limit_is_refused()
    {
        var changes = string.Concat(Enumerable.Repeat("  - " + new string('x', 1000) + "\n", 70));
        using var site = new TestSite().Version(File, "title: P\nchanges:\n" + changes);

        var d = Only(Load(site), DiagnosticCodes.FrontMatterTooLarge);

        Assert.Equal(new SourceLocation(File, 2, 1), d.Location);
    }

    [Theory]
    [InlineData("title: P\nsummary: &a x\nchanges:\n  - *a", 3, 10)]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]", 2, 4)]
    [InlineData("title: P\n<<: *undefined", 3, 5)]
    [InlineData("title: P\n? &a [*a]\n: x", 3, 3)]
    public void YAML_anchors_and_aliases_are_refused_at_the_first_so_nothing_expands(string frontMatter, int line, int column)
    {
        using var site = new TestSite().Version(File, frontMatter);

        var d = Only(Load(site), DiagnosticCodes.YamlAlias);

        Assert.Equal(new SourceLocation(File, line, column), d.Location);
        Assert.Contains("LegalGen does not", d.Hint);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(30_000)]
    public void Deeply_nested_YAML_is_refused_at_the_level_that_crosses_the_limit(int depth)
    {
        using var site = new TestSite().Version(File, "title: " + new string('[', depth) + new string(']', depth));

        var d = Only(Load(site), DiagnosticCodes.NestedTooDeeply);

        // The front matter itself is the first level; 'title: ' is seven characters.
        Assert.Equal(new SourceLocation(File, 2, 7 + ContentLimits.MaxYamlNesting), d.Location);
    }

    [Fact]
    public void Deeply_nested_block_YAML_is_refused()
    {
        var yaml = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 80) + "v";
        using var site = new TestSite().Version(File, "title: P\nchanges:\n" + yaml);

        Only(Load(site), DiagnosticCodes.NestedTooDeeply);
    }

    [Theory]
    [InlineData("...\n[")]
    [InlineData("- :")]
    [InlineData("? {\n|")]
    public void YAML_the_parser_gives_up_on_without_saying_where_is_still_a_located_syntax_error(string siteYml)
    {
        using var site = new TestSite(siteYml).Version(File, "title: P");

        var d = Only(Load(site), DiagnosticCodes.YamlSyntax);

        Assert.Equal("site.yml", d.Location.File);
    }

    [Fact]
    public void Unclosed_deep_YAML_is_a_located_error()
    {
        using var site = new TestSite().Version(File, "title: " + new string('{', 50_000));

        var d = Load(site).Single(d => d.IsError);

        Assert.Equal(File, d.Location.File);
        Assert.Contains(d.Code, new[] { DiagnosticCodes.NestedTooDeeply, DiagnosticCodes.YamlSyntax });
    }

    [Fact]
    public void Aliases_and_deep_nesting_in_the_site_file_are_refused_too()
    {
        using var aliased = new TestSite("title: &t T\ndefault_language: pl\nlanguages: [*t]\n").Version(File, "title: P");
        using var deep = new TestSite("title: T\ndefault_language: pl\nlanguages: " + new string('[', 200_000) + new string(']', 200_000) + "\n").Version(File, "title: P");

        Assert.Equal(new SourceLocation("site.yml", 1, 8), Only(Load(aliased), DiagnosticCodes.YamlAlias).Location);
        Assert.Equal("site.yml", Only(Load(deep), DiagnosticCodes.NestedTooDeeply).Location.File);
    }

    [Fact]
    public void A_file_that_never_closes_its_front_matter_after_a_megabyte_is_one_error()
    {
        var text = new StringBuilder("---\ntitle: P\n");
        for (var i = 0; i < 50_000; i++) text.Append("summary").Append(i).Append(": x\n");
        using var site = new TestSite().Write(File, text.ToString());

        var d = Assert.Single(Load(site));

        Assert.Equal(DiagnosticCodes.FrontMatterUnclosed, d.Code);
    }

    [Fact]
    public void A_block_of_text_over_its_limit_is_refused_on_its_first_line()
    {
        var huge = string.Concat(Enumerable.Repeat("[ (](\n", 20_000));
        using var site = new TestSite().Version(File, "title: P", "## Intro\n\nFine.\n\n" + huge + "\nAfter.\n");

        var d = Only(Load(site), DiagnosticCodes.BlockTooLarge);

        Assert.Equal(new SourceLocation(File, 8, 1), d.Location);
    }

    [Fact]
    public void Text_nested_past_the_limit_fails_the_build_with_a_located_error_and_writes_nothing()
    {
        using var site = new TestSite().Version(File, "title: P", "Intro.\n\n" + new string('>', 10_000) + " deep\n");

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(new SourceLocation(File, 6, ContentLimits.MaxMarkdownNesting + 1), TestSite.Single(result, DiagnosticCodes.NestedTooDeeply).Location);
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public void Symbolic_links_inside_the_content_folder_are_refused_site_file_policy_folders_and_versions_alike()
    {
        using var outside = new TestSite().Version("elsewhere/2023-03-01.pl.md", "title: P");
        using var site = new TestSite(null).Version("terms/2023-03-01.pl.md", "title: T");
        System.IO.File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "site.yml"), Path.Combine(outside.ContentDirectory, "site.yml"));

        var d = Only(Load(site), DiagnosticCodes.SymbolicLink);
        Assert.Equal(SourceLocation.StartOf("site.yml"), d.Location);

        System.IO.File.Delete(Path.Combine(site.ContentDirectory, "site.yml"));
        site.Write("site.yml", TestSite.DefaultSiteYml);
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "privacy"), Path.Combine(outside.ContentDirectory, "elsewhere"));
        System.IO.File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "terms", "2023-03-01.en.md"), Path.Combine(outside.ContentDirectory, "elsewhere", "2023-03-01.pl.md"));
        var diagnostics = Load(site);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.PolicyFolderInvalid && d.Location.File == "privacy/" && d.Message.Contains("symbolic link"));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.FileNameInvalid && d.Location.File == "terms/2023-03-01.en.md" && d.Message.Contains("symbolic link"));
    }

    [Fact]
    public void The_content_folder_itself_may_be_a_symbolic_link()
    {
        using var site = new TestSite().Version(File, "title: P");
        var link = Path.Combine(site.Root, "content-link");
        Directory.CreateSymbolicLink(link, site.ContentDirectory);
        var bag = new DiagnosticBag();

        var loaded = ContentReader.Read(link, ContentReadOptions.ForBuild(false), bag);

        Assert.Empty(bag.ToSortedList());
        Assert.Equal("privacy", Assert.Single(loaded!.Policies).Slug);
    }
}
