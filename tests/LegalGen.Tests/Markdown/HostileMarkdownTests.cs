using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Markdown;

/// <summary>
/// Deep nesting and pathological runs of marks are located errors or render in bounded time; nothing
/// overflows the stack. (A stack overflow would end the test run itself.)
/// </summary>
public class HostileMarkdownTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static (RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown, int firstLine = 1)
    {
        var bag = new DiagnosticBag();
        var document = Renderer.Render(markdown, "p/2024-01-01.pl.md", firstLine, bag);
        return (document, bag.ToSortedList());
    }

    public static TheoryData<string, string> TooDeep => new()
    {
        { "quotes", new string('>', 100_000) + " a\n" },
        { "quotes with spaces", Repeat("> ", 40) + "a\n" },
        { "indented lists", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- a\n")) },
        { "lists on one line", Repeat("- ", 10_000) + "a\n" },
        { "ordered lists", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 3 * i) + "1. a\n")) },
        { "quotes and lists", Repeat("> - ", 5_000) + "a\n" },
        { "emphasis", new string('*', 20_000) + "a" + new string('*', 20_000) },
        { "strong in emphasis", Repeat("*a **a ", 5_000) + "b" + Repeat(" a** a*", 5_000) },
        { "unmatched underscores", Repeat("a_ ", 20_000) },
        { "unmatched brackets", Repeat("[a", 20_000) },
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Nesting_past_the_limit_is_a_located_error_and_renders_nothing(string what, string markdown)
    {
        var rendered = new (RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics)[1];
        Fuzz.WithinHangBound(() => rendered[0] = Render(markdown, firstLine: 5));
        var (document, diagnostics) = rendered[0];

        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.NestedTooDeeply, d.Code);
        Assert.Equal("p/2024-01-01.pl.md", d.Location.File);
        Assert.Equal(5, d.Location.Line);
        Assert.False(string.IsNullOrWhiteSpace(d.Hint));
        Assert.True(document.Blocks.Count == 0, what);
    }

    public static TheoryData<string, string> DeepHtml => new()
    {
        { "spans", Repeat("<span>", 10_000) + "a" },
        { "lists", Repeat("<ul><li>", 5_000) + "a" },
        { "tables", Repeat("<table><tr><td>", 3_000) + "a" },
        { "quotes", Repeat("<blockquote>", 10_000) + "a" },
        { "strong", Repeat("<strong><em>", 5_000) + "a" },
    };

    [Theory]
    [MemberData(nameof(DeepHtml))]
    public void HTML_nested_past_the_limit_is_an_error_at_the_first_tag_past_it_found_in_bounded_time(string what, string html)
    {
        var rendered = new (RenderedDocument Document, IReadOnlyList<Diagnostic> Diagnostics)[1];
        Fuzz.WithinHangBound(() => rendered[0] = Render("Intro.\n\n<div>\n" + html + "\n</div>\n", firstLine: 5));

        var d = Assert.Single(rendered[0].Diagnostics);
        Assert.Equal(DiagnosticCodes.NestedTooDeeply, d.Code);
        Assert.Equal(8, d.Location.Line);
        Assert.True(d.Location.Column > 1, what);
    }

    [Fact]
    public void HTML_nested_past_the_limit_in_inline_tags_is_an_error_at_the_tag()
    {
        var d = Render("Text " + Repeat("<span>", 40) + "a\n", firstLine: 3).Diagnostics.Single();

        Assert.Equal(new SourceLocation("p/2024-01-01.pl.md", 3, 6 + 6 * ContentLimits.MaxMarkdownNesting), d.Location);
    }

    [Fact]
    public void HTML_nested_up_to_the_limit_renders_and_elements_closed_by_html_do_not_count()
    {
        var depth = ContentLimits.MaxMarkdownNesting - 2;
        var (document, diagnostics) = Render("<div>\n" + Repeat("<span>", depth) + "a" + Repeat("</span>", depth) + "\n"
            + Repeat("<table><tr><td><ul><li><p>", 15) + "b\n</div>\n");

        Assert.DoesNotContain(diagnostics, d => d.IsError);
        Assert.NotEmpty(document.Blocks);
    }

    [Fact]
    public void The_error_points_at_the_first_element_past_the_limit()
    {
        var limit = ContentLimits.MaxMarkdownNesting;

        Assert.Equal(new SourceLocation("p/2024-01-01.pl.md", 5, limit + 1), Render("Intro.\n\n" + new string('>', limit + 5) + " a\n", 3).Diagnostics.Single().Location);
        Assert.Empty(Render(new string('>', limit) + " a\n").Diagnostics);
    }

    [Fact]
    public void A_paragraph_Markdig_cannot_read_is_located_on_its_first_line()
    {
        var markdown = "## Intro\n\nFine.\n\n" + Repeat("a_ ", 20_000) + "\n\nAfter.\n";

        var d = Render(markdown, firstLine: 10).Diagnostics.Single();

        Assert.Equal(14, d.Location.Line);
    }

    [Fact]
    public void Nesting_up_to_the_limit_renders()
    {
        var depth = ContentLimits.MaxMarkdownNesting / 2;
        var lists = string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * i) + "- level " + i + "\n"));

        var (document, diagnostics) = Render(new string('>', depth) + " quoted\n\n" + lists);

        Assert.Empty(diagnostics);
        Assert.Equal(depth, document.Blocks.Count(b => b.Kind == BlockKind.ListItem));
        Assert.Equal(depth, document.Blocks.Max(b => b.Level));
    }

    [Fact]
    public void The_plain_render_refuses_a_text_past_the_limits_with_an_exception_naming_the_place()
    {
        var e = Assert.Throws<InvalidDataException>(() => Renderer.Render(new string('>', 1000) + " a\n"));

        Assert.Contains("LG024", e.Message);
    }

    [Fact]
    public void An_empty_fenced_code_block_renders()
    {
        var (document, diagnostics) = Render("```\n```\n\n```\n");

        Assert.Empty(diagnostics);
        Assert.All(document.Blocks, b => Assert.Equal(BlockKind.Code, b.Kind));
    }

    [Fact]
    public void Thousands_of_equal_headings_get_numbered_ids_in_linear_work()
    {
        var document = Markdig.Markdown.Parse(Repeat("## Zgoda\n\n", 20_000), MarkdownPipelineFactory.Create());

        var tried = HeadingIds.Assign(document);

        // Each heading tries its bare slug and at most the next free number, which is remembered, not searched for from 1 again.
        Assert.True(tried < 2 * 20_000, $"{tried} ids tried");
        Assert.Equal("zgoda-19999", document.Descendants<Markdig.Syntax.HeadingBlock>().Last().GetAttributes().Id);
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a]")]
    [InlineData("&amp;")]
    [InlineData("[ (](")]
    [InlineData("~~a ")]
    [InlineData("[a](x)")]
    public void Long_runs_of_one_pattern_render_and_compare_in_bounded_time(string pattern)
    {
        var markdown = Repeat(pattern, 30_000 / pattern.Length);
        LegalGen.Redline.Model.RedlineDiff? diff = null;

        Fuzz.WithinHangBound(() => diff = Redlines.Of(markdown, markdown.Replace('a', 'b') + " end"));

        Assert.True(diff!.Changes.Count > 0);
    }

    [Fact]
    public void A_long_run_of_dotted_words_is_not_mistaken_for_an_email_address()
    {
        var tokens = Tokenizer.Tokenize([new InlineRun(Repeat("a.", 50_000))]);

        Assert.Equal(100_000, tokens.Length);
        Assert.Equal("jan.kowalski@example.com", Tokenizer.Tokenize([new InlineRun("Write to jan.kowalski@example.com.")])[2].Text);
    }

    [Fact]
    public void Two_blocks_too_long_to_compare_word_by_word_are_shown_replaced_whole_between_their_common_ends()
    {
        // Every other word changes: similar enough to pair, too many changes to compare word by word.
        var words = Enumerable.Range(0, 10_000).Select(i => "w" + i).ToList();
        var old = "Start " + string.Join(' ', words) + " end.";
        var @new = "Start " + string.Join(' ', words.Select((w, i) => i % 2 == 1 ? w + "x" : w)) + " end.";

        var change = Assert.Single(Redlines.Of(old, @new).Changes);

        Assert.Equal(ChangeKind.Modified, change.Kind);
        Assert.Equal([SegmentKind.Unchanged, SegmentKind.Deleted, SegmentKind.Inserted, SegmentKind.Unchanged], change.Cells[0].Select(s => s.Kind));
    }
}
