using BenchmarkDotNet.Attributes;
using LegalGen.Redline;
using LegalGen.Redline.Model;
using LegalGen.Redline.Writers;
using LegalGen.Markdown;

namespace LegalGen.Benchmarks;

/// <summary>
/// Inputs that make naive diffs quadratic: two long texts sharing nothing, and a text of one paragraph
/// repeated hundreds of times with a few paragraphs inserted. Time and memory must stay near-linear.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class PathologicalBenchmarks
{
    private IReadOnlyList<DocumentBlock> _a = [];
    private IReadOnlyList<DocumentBlock> _b = [];

    [Params(100_000, 1_000_000)]
    public int Bytes { get; set; }

    [Params("nothing-shared", "repeated-paragraphs")]
    public string Case { get; set; } = "nothing-shared";

    [GlobalSetup]
    public void Setup()
    {
        var renderer = new MarkdownRenderer();
        if (Case == "nothing-shared")
        {
            _a = renderer.Render(PolicyTextGenerator.Markdown(new PolicyTextGenerator(1).Document(Bytes))).Blocks;
            _b = renderer.Render(PolicyTextGenerator.Markdown(new PolicyTextGenerator(2).Document(Bytes))).Blocks;
            return;
        }

        var generator = new PolicyTextGenerator(3);
        var paragraph = generator.Paragraph();
        var copies = Math.Max(1, Bytes / (paragraph.Length + 2));
        var repeated = Enumerable.Repeat(paragraph, copies).ToList();
        var withInsertions = new List<string>(repeated);
        for (var i = 0; i < 5; i++) withInsertions.Insert((i + 1) * copies / 6, generator.Paragraph());
        _a = renderer.Render(PolicyTextGenerator.Markdown(repeated)).Blocks;
        _b = renderer.Render(PolicyTextGenerator.Markdown(withInsertions)).Blocks;
    }

    [Benchmark]
    public RedlineDiff Compare() => RedlineBuilder.Compare(_a, _b);
}
