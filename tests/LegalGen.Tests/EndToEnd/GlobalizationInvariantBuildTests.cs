using System.Text;
using LegalGen.Tests.Support;
using LegalGen.Text;

namespace LegalGen.Tests.EndToEnd;

/// <summary>
/// <c>legalgen build</c> with and without ICU: .NET in globalization-invariant mode — the default of Alpine and
/// chiseled container images — neither normalizes nor lowercases like ICU, and the site must not notice.
/// </summary>
public class GlobalizationInvariantBuildTests
{
    private const string InvariantMode = "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT";

    [IcuFact]
    public void A_build_in_globalization_invariant_mode_writes_the_same_bytes_as_one_with_ICU()
    {
        using var site = SampleSiteWithDiacritics();

        var withIcu = Build(site, "_site-icu", (InvariantMode, "0"));
        var invariant = Build(site, "_site-invariant", (InvariantMode, "1"));

        var files = RelativeFiles(withIcu);
        Assert.Equal(files, RelativeFiles(invariant));
        Assert.Contains(Path.Combine("pl", "cookies", "index.html"), files);
        foreach (var file in files)
        {
            var (expected, actual) = (File.ReadAllBytes(Path.Combine(withIcu, file)), File.ReadAllBytes(Path.Combine(invariant, file)));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs:\n{FirstDifference(expected, actual)}");
        }

        var polish = File.ReadAllText(Path.Combine(invariant, "pl", "cookies", "index.html"));
        Assert.Contains("<h2 id=\"czy-używamy-plików-cookies\"><span id=\"czy-uzywamy-plikow-cookies\"></span>Czy używamy plików cookies?</h2>", polish);
        var english = File.ReadAllText(Path.Combine(invariant, "en", "cookies", "index.html"));
        Assert.Contains("id=\"quyền-riêng-tư-của-bạn\"", english);
        Assert.Contains("id=\"όροι-χρήσης-i\u0307stanbul\"", english);
    }

    /// <summary>
    /// The repository's sample content, and a policy whose headings carry Polish, German, Vietnamese and French
    /// diacritics, its Polish text saved decomposed (NFD), as some editors on macOS save it.
    /// </summary>
    private static TestSite SampleSiteWithDiacritics()
    {
        var site = new TestSite(siteYml: null);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SampleContent, "*", SearchOption.AllDirectories))
            site.WriteBytes(Path.GetRelativePath(RepoPaths.SampleContent, file), File.ReadAllBytes(file));

        var polish = """
            ---
            title: Polityka cookies
            ---
            ## Czy używamy plików cookies?

            Tak — zapisujemy je wyłącznie za Twoją zgodą.

            ## Zażółć gęślą jaźń

            Źdźbło, łódź, żółw.
            """;
        var decomposed = CanonicalNormalization.ToNfd(polish);
        Assert.NotEqual(polish, decomposed);
        site.WriteBytes("cookies/2025-01-01.pl.md", Encoding.UTF8.GetBytes(decomposed));
        site.Version("cookies/2025-01-01.en.md", "title: Cookie policy", """
            ## Do we use cookies?

            Yes, only with your consent. Summaries for our readers abroad follow.

            ## Übermittlung an Dritte – Straße, Größe, Öffnungszeiten

            German.

            ## Quyền riêng tư của bạn

            Vietnamese.

            ## Données à caractère personnel : où, déjà, façade, Noël, cœur

            French.

            ## ΌΡΟΙ ΧΡΉΣΗΣ İSTANBUL

            Greek and Turkish capitals, lowercased as GitHub does.
            """);
        return site;
    }

    private static string Build(TestSite site, string output, (string Name, string? Value) environment)
    {
        var folder = Path.Combine(site.Root, output);
        var result = CliProcess.Run(site.Root,
            ["build", "--content", site.ContentDirectory, "--templates", RepoPaths.Templates, "--output", folder, "--as-of", "2026-01-01"],
            environment);
        Assert.True(result.ExitCode == 0, result.ToString());
        return folder;
    }

    private static List<string> RelativeFiles(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 80), Math.Min(bytes.Length, at + 80) - Math.Max(0, at - 80));
        return $"with ICU:  …{Around(expected)}…\ninvariant: …{Around(actual)}…";
    }
}
