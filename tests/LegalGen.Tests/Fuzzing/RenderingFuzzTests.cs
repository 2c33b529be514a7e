using System.Text;
using CsCheck;
using LegalGen.Diagnostics;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Markdown;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// No text makes the Markdown renderer or the redline throw or hang: a text renders, or is refused with a
/// located error; any two rendered texts compare, and the comparison renders as HTML.
/// </summary>
public class RenderingFuzzTests(ITestOutputHelper output)
{
    private const string File = "privacy/2024-01-15.pl.md";

    private static readonly MarkdownRenderer Renderer = new();

    private static RenderedDocument Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = Renderer.Render(markdown, File, 5, diagnostics);
        LoaderFuzzTests.CheckOutcome(succeeded: true, diagnostics, File);
        if (diagnostics.HasErrors) Assert.Empty(document.Blocks);
        AssertSafe(document.Html);
        return document;
    }

    private static void AssertSafe(string html)
    {
        var problems = PageSafety.Problems("<html><body>" + html);
        Assert.True(problems.Count == 0, string.Join(", ", problems));
    }

    private static void AssertSafePage(string page)
    {
        var problems = PageSafety.Problems(page);
        Assert.True(problems.Count == 0, string.Join(", ", problems));
    }

    private static Gen<string> Texts { get; } = Gen.OneOf(
        FuzzInputs.MarkdownIsh,
        FuzzInputs.DeepNesting,
        FuzzInputs.MutatedSample.Select(bytes => Encoding.UTF8.GetString(bytes)));

    [Fact]
    public void Markdown_ish_text_deep_nesting_and_mutated_samples_render_or_are_refused() =>
        Fuzz.Run(Texts, text => Render(text), 3_000, output);

    [Fact]
    public void Any_two_texts_compare_and_the_redline_renders() =>
        Fuzz.Run(Gen.Select(Texts, Texts), pair =>
        {
            var diff = RedlineBuilder.Compare(Render(pair.Item1).Blocks, Render(pair.Item2).Blocks);
            // A moved block is one change seen at two places: the place it left is not counted again.
            Assert.Equal(diff.Statistics.BlocksChanged, diff.Changes.Count(c => c.Kind is not (ChangeKind.Unchanged or ChangeKind.MovedFrom)));
            AssertSafePage(DiffPages.Render(diff));
        }, 1_500, output);

    [Fact]
    public void A_text_and_its_mutation_compare_and_the_redline_renders() =>
        Fuzz.Run(FuzzInputs.MutatedSample, bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            var original = Encoding.UTF8.GetString(FuzzInputs.SampleFiles.OrderBy(f => Math.Abs(f.Length - bytes.Length)).First());
            var diff = RedlineBuilder.Compare(Render(original).Blocks, Render(text).Blocks);
            DiffPages.Render(diff);
        }, 1_000, output);
}
