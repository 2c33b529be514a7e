using System.Text.RegularExpressions;
using CsCheck;
using LegalGen.Content;
using LegalGen.Tests.Support;

namespace LegalGen.Tests.Pages;

/// <summary>
/// Page paths are made only of validated parts — policy slugs, language tags, dates — so no content can
/// name a path outside the site (and the writer refuses one anyway).
/// </summary>
public partial class OutputPathTests
{
    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex SafeSegment();

    [GeneratedRegex(@"^(index\.html|404\.html|robots\.txt|versions\.json|sitemap(-\d+)?\.xml|\.legalgen|assets/[a-z0-9._-]+|[A-Za-z0-9-]+/(index\.html|feed\.xml|[a-z0-9-]+/(index\.html|feed\.xml|changes/index\.html|compare/index\.html|\d{4}-\d{2}-\d{2}/index\.html|\d{4}-\d{2}-\d{2}/parallel/index\.html|diff/\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/index\.html)))$")]
    private static partial Regex SitePath();

    private static readonly Gen<string> PathLike = Gen.OneOf(
        Gen.String,
        Gen.OneOf("a", "z", "0", "-", ".", "..", "/", "\\", ":", " ", "\0", "PL", "pt-BR", "ł", "%2e").Array[0, 8].Select(string.Concat));

    [Fact]
    public void A_valid_policy_slug_or_language_tag_is_always_one_plain_path_segment()
    {
        PathLike.Sample(name =>
        {
            if (PolicySlug.IsValid(name)) Assert.Matches(SafeSegment(), name);
            if (LanguageTag.IsValid(name)) Assert.Matches(SafeSegment(), name);
        }, iter: 20_000);
    }

    [Fact]
    public void Every_file_of_a_built_site_has_a_path_of_validated_parts()
    {
        using var site = new TestSite("title: T\ndefault_language: pt-BR\nlanguages: [pt-BR, en]\n")
            .Version("terms-of-service/2024-01-15.pt-BR.md", "title: Termos")
            .Version("terms-of-service/2025-01-15.pt-BR.md", "title: Termos\nsummary: Mudança.")
            .Version("p2/2024-01-15.en.md", "title: X")
            .Version("p2/2024-01-15.pt-BR.md", "title: X");
        site.BuildSucceeding();

        var paths = Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/'))
            .ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Matches(SitePath(), p));
    }
}
