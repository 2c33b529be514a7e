using CsCheck;
using LegalGen.Diagnostics;
using LegalGen.Markdown;
using LegalGen.Tests.Support;
using Xunit.Abstractions;

namespace LegalGen.Tests.Fuzzing;

/// <summary>
/// Random documents full of <c>{…}</c> attribute lists and raw HTML never put an event handler, a style or a
/// script URL on a page — checked on the parsed HTML of the rendered text and of whole built sites.
/// </summary>
public class HostileMarkupFuzzTests(ITestOutputHelper output)
{
    private static readonly string[] AttributeNames =
    [
        "onclick", "onerror", "onfocus", "onload", "onmouseover", "ONCLICK", "oNeRrOr", "style", "STYLE", "href", "src", "srcset",
        "formaction", "action", "xlink:href", "autofocus", "tabindex", "hidden", "data-x", "id", "class", "title", "alt", "name", "x",
    ];

    private static readonly string[] AttributeValues =
    [
        "alert(1)", "\"alert(1)\"", "'alert(1)'", "javascript:alert(1)", "\"JaVaScRiPt:alert(1)\"", "\" java\tscript:x\"",
        "data:text/html,<script>alert(1)</script>", "vbscript:x", "\"position:fixed;top:0\"", "x", "\"><img src=x onerror=alert(1)>",
        "1", "", "\"a b\"", "#", "{", "}", "<", ">",
    ];

    private static readonly string[] RawHtml =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src=javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "<p style=\"position:fixed\">x</p>", "<style>*{display:none}</style>",
        "<object data=\"x.swf\"></object>", "<form action=\"https://evil.example\"><button>x</button></form>", "<meta http-equiv=refresh content=0;url=javascript:x>",
        "<base href=\"https://evil.example/\">", "<div onmouseover=alert(1)>x</div>", "<math><mi xlink:href=javascript:x>x</mi></math>", "<!-- x -->", "</p>", "<",
    ];

    private static readonly string[] Elements =
    [
        "## Heading ", "Paragraph text ", "[link](https://example.com)", "![image](x.png)", "*emphasis*", "**strong**", "~~struck~~",
        "- item ", "1. item ", "> quote ", "| a | b |\n|---|---|\n| 1 | 2 |\n", "`code`", "[ref]: https://example.com", "\n", "\n\n", " ",
    ];

    private static Gen<string> AttributeList { get; } =
        Gen.Select(Gen.OneOf(AttributeNames), Gen.OneOf(AttributeValues), Gen.Int[0, 3], (name, value, form) => form switch
        {
            0 => $"{name}={value}",
            1 => $"#{value}",
            2 => $".{value}",
            _ => name,
        }).Array[1, 4].Select(attributes => "{" + string.Join(' ', attributes) + "}");

    private static Gen<string> HostileDocument { get; } =
        Gen.OneOf(Gen.OneOf(Elements), Gen.OneOf(RawHtml), AttributeList, Gen.OneOf(Elements).Select(AttributeList, (e, a) => e.TrimEnd() + a + "\n"))
            .Array[1, 40].Select(string.Concat);

    [Fact]
    public void Rendered_texts_carry_no_handler_style_or_script_url() =>
        Fuzz.Run(HostileDocument, markdown =>
        {
            var document = new MarkdownRenderer().Render(markdown, "p/2024-01-01.en.md", 1, new DiagnosticBag());
            var problems = PageSafety.Problems("<html><body>" + document.Html);
            Assert.True(problems.Count == 0, string.Join(", ", problems) + "\n" + document.Html);
        }, 2_000, output);

    [Fact]
    public void Whole_sites_built_from_hostile_texts_carry_no_handler_style_or_script_url() =>
        Fuzz.Run(Gen.Select(HostileDocument, HostileDocument), texts =>
        {
            using var site = new TestSite();
            site.Version("p/2024-01-01.pl.md", "title: P", texts.Item1);
            site.Version("p/2025-01-01.pl.md", "title: P\nsummary: S", texts.Item2);
            site.Version("p/2025-01-01.en.md", "title: P\nsummary: S", texts.Item1);

            var result = site.Build();

            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            foreach (var page in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
            {
                var problems = PageSafety.Problems(File.ReadAllText(page));
                Assert.True(problems.Count == 0, $"{Path.GetRelativePath(site.OutputDirectory, page)}: {string.Join(", ", problems)}");
            }
        }, 25, output);
}
