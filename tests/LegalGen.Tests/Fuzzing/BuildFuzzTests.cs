using CsCheck;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// Whole builds of the sample content with a few files mutated: each one succeeds, or fails with located
/// errors and leaves no site and no staging folder behind — never an exception.
/// </summary>
public class BuildFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] SamplePaths = Directory
        .EnumerateFiles(RepoPaths.SampleContent, "*", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(RepoPaths.SampleContent, p))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The sample tree with up to three files replaced by mutations of sample files.</summary>
    private static Gen<(string Path, byte[] Bytes)[]> MutatedTrees { get; } =
        Gen.Select(Gen.Int[0, SamplePaths.Length - 1], FuzzInputs.MutatedSample, (i, bytes) => (SamplePaths[i], bytes)).Array[1, 3];

    [Fact]
    public void Mutated_content_trees_build_or_fail_with_located_errors() =>
        Fuzz.Run(MutatedTrees, replacements =>
        {
            using var site = new TestSite(siteYml: null);
            foreach (var path in SamplePaths) site.WriteBytes(path, File.ReadAllBytes(Path.Combine(RepoPaths.SampleContent, path)));
            foreach (var (path, bytes) in replacements) site.WriteBytes(path, bytes);

            var result = site.Build();

            Assert.Null(result.UsageError);
            Assert.Equal(result.Succeeded, Directory.Exists(site.OutputDirectory));
            if (!result.Succeeded) Assert.Contains(result.Diagnostics, d => d.IsError);
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Hint), d.ToString()));
            string[] expected = result.Succeeded ? [site.ContentDirectory, site.OutputDirectory] : [site.ContentDirectory];
            Assert.Equal(expected.Order(StringComparer.Ordinal), Directory.EnumerateDirectories(site.Root).Order(StringComparer.Ordinal));
        }, 60, output, print: r => string.Join(", ", r.Select(x => $"{x.Path} ({x.Bytes.Length} bytes)")));
}
