using System.Text;
using BenchmarkDotNet.Attributes;
using LegalGen.Text;

namespace LegalGen.Benchmarks;

/// <summary>
/// LegalGen's managed normalization against <see cref="string.Normalize(NormalizationForm)"/> (ICU) on a 4 MB Polish
/// policy with typographic punctuation („…”, –, §): all in NFC, and with every hundredth block pasted in NFD.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class NormalizationBenchmarks
{
    private string _text = "";

    [Params("NFC", "1% NFD")]
    public string Input { get; set; } = "NFC";

    [GlobalSetup]
    public void Setup()
    {
        var blocks = new PolicyTextGenerator(seed: 42).Document(4_000_000)
            .Select(b => b.Replace(" z ", " – ").Replace("RODO", "„RODO”").Replace("art.", "§"))
            .Select((b, i) => Input == "1% NFD" && i % 100 == 0 ? CanonicalNormalization.ToNfd(b) : b);
        _text = PolicyTextGenerator.Markdown(blocks);
    }

    [Benchmark(Baseline = true)]
    public string NfcWithIcu() => _text.Normalize(NormalizationForm.FormC);

    [Benchmark]
    public string NfcManaged() => CanonicalNormalization.ToNfc(_text);

    [Benchmark]
    public string NfdWithIcu() => _text.Normalize(NormalizationForm.FormD);

    [Benchmark]
    public string NfdManaged() => CanonicalNormalization.ToNfd(_text);
}
