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
        "<a href=\"&#106;avascript:alert(1)\">x</a>", "<a href=\"java&#x09;script:alert(1)\">x</a>", "<a href=\"&#x6A;&#x61;&#x76;&#x61;script&#x3A;x\">x</a>",
        "<svg><g onload=\"alert(1)\"/><a xlink:href=\"javascript:x\">x</a></svg>", "<table onmouseover=\"alert(1)\"><tr><td style=\"x\">x</td></tr></table>",
        "<img src=\"data:image/png;base64,AAAA\" alt=\"x\">", "<img src=\"x.png\" srcset=\"javascript:alert(1) 2x\" alt=\"\">",
        "<details open ontoggle=\"alert(1)\"><summary>s</summary></details>", "<table><tr><td>", "</td></tr></table>", "<span>", "</span>",
        "<a id=\"x\" name=\"javascript:x\">a</a>", "<embed src=\"x.swf\">", "<textarea>x</textarea>", "<!--", "-->",
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

    /// <summary>Elements content may never bring onto a page (scripts: <see cref="PageSafety"/> tells the templates' own from others).</summary>
    private static readonly string[] ForbiddenInContent = ["iframe", "object", "embed", "form", "style", "svg", "math", "base", "meta", "link", "textarea"];

    [Fact]
    public void Each_hostile_HTML_case_built_into_a_site_puts_nothing_executable_on_any_page()
    {
        using var site = new TestSite();
        var body = string.Join("\n\n", RawHtml.Select((html, i) => $"## Case {i}\n\nText {html} inline.\n\n{html}\n\n- item {html}\n\n| a | b |\n|---|---|\n| {html.Replace("|", "\\|")} | x |\n"));
        site.Version("p/2024-01-01.pl.md", "title: P", body);
        site.Version("p/2025-01-01.pl.md", "title: P\nsummary: S", body.Replace("Text", "Words"));
        site.Version("p/2025-01-01.en.md", "title: P\nsummary: S", body);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MarkupRemoved);
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories).ToList();
        Assert.Contains(pages, p => p.Contains("parallel", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Contains("diff", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
            var where = Path.GetRelativePath(site.OutputDirectory, page);
            Assert.True(PageSafety.Problems(document).Count == 0, $"{where}: {string.Join(", ", PageSafety.Problems(document))}");
            var forbidden = document.Body!.QuerySelectorAll(string.Join(", ", ForbiddenInContent))
                .Where(e => e.Closest(".compare-form, .pit-form") is null).Select(e => e.LocalName).ToList();
            Assert.True(forbidden.Count == 0, $"{where}: {string.Join(", ", forbidden)}");

            Assert.All(document.QuerySelectorAll("meta"), m => Assert.False(m.HasAttribute("http-equiv"), where));
            Assert.All(document.QuerySelectorAll("meta, base, link"), m => Assert.Equal("head", m.ParentElement!.LocalName));
        }
    }

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
