using System.Text;
using BenchmarkDotNet.Attributes;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;
using LegalGen.Pages.Planning;

namespace LegalGen.Benchmarks;

/// <summary>
/// The redline of two versions of a realistic policy at 10 KB, 100 KB and 1 MB, with a small change set
/// (1% of blocks touched) and a large one (25%). Measured from rendered blocks: tokenizing, aligning,
/// comparing words, finding moves and writing the inline view's blocks.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RedlineBenchmarks
{
    private IReadOnlyList<DocumentBlock> _old = [];
    private IReadOnlyList<DocumentBlock> _new = [];

    [Params(10_000, 100_000, 1_000_000)]
    public int Bytes { get; set; }

    [Params("small", "large")]
    public string Changes { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        var generator = new PolicyTextGenerator(seed: 42);
        var old = generator.Document(Bytes);
        var @new = generator.Revise(old, Changes == "small" ? 0.01 : 0.25);
        var renderer = new MarkdownRenderer();
        _old = renderer.Render(PolicyTextGenerator.Markdown(old)).Blocks;
        _new = renderer.Render(PolicyTextGenerator.Markdown(@new)).Blocks;
    }

    [Benchmark]
    public RedlineDiff Compare() => RedlineBuilder.Compare(_old, _new);

    /// <summary>The redline and the inline view's blocks as HTML: what C# writes of a diff page (the partials write the rest).</summary>
    [Benchmark]
    public string CompareAndWriteInlineBlocks()
    {
        var view = RedlineViews.Inline(RedlineBuilder.Compare(_old, _new), RedlineLabels.English);
        var html = new StringBuilder();
        foreach (var passage in view.Stretches.SelectMany(s => s.Passages)) passage.Html.WriteTo(html);
        return html.ToString();
    }
}
