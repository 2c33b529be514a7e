using LegalGen.Html;

namespace LegalGen.Tests.Html;

/// <summary>The sanitizer every rendered text passes keeps the allowed subset and says what it removed.</summary>
public class MarkupSanitizerTests
{
    private static readonly MarkupSanitizer Sanitizer = new();

    [Theory]
    [InlineData("<p>a<script>alert(1)</script></p>", "the element <script>")]
    [InlineData("<p onclick=\"x\">a</p>", "the attribute 'onclick' of <p>")]
    [InlineData("<p style=\"color:red\">a</p>", "the attribute 'style' of <p>")]
    [InlineData("<a href=\"javascript:alert(1)\">a</a>", "the address in 'href' of <a>")]
    [InlineData("<a href=\" JaVa\tScRiPt:alert(1)\">a</a>", "the address in 'href' of <a>")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"\">", "the address in 'src' of <img>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "the element <iframe>")]
    [InlineData("<form action=\"https://example.com\"><input></form>", "the element <form>")]
    [InlineData("<p class=\"hidden\">a</p>", "the class 'hidden' of <p>")]
    [InlineData("<a id=\"a b\">a</a>", "the id 'a b' of <a>")]
    [InlineData("<p name=\"x\">a</p>", "the attribute 'name' of <p>")]
    [InlineData("<img src=\"x.png\" srcset=\"data:image/png;base64,AAAA 2x\" alt=\"\">", "the attribute 'srcset' of <img>")]
    public void What_is_not_on_the_allow_list_is_removed_and_named(string html, string removedWhat)
    {
        var clean = Sanitizer.Sanitize(html, out var findings);

        Assert.Empty(Support.PageSafety.Problems("<html><body>" + clean));
        Assert.Contains(findings, f => f.Kind == MarkupFindingKind.Removed && f.What.StartsWith(removedWhat, StringComparison.Ordinal));
    }

    [Fact]
    public void What_is_removed_is_placed_at_its_tag()
    {
        Sanitizer.Sanitize("<table>\n  <tr>\n    <td onclick=\"x\">a</td>\n  </tr>\n</table>", out var findings);
        Sanitizer.Sanitize("<script>x</script>", out var first);

        var f = Assert.Single(findings);
        Assert.Equal((3, 5), (f.Line, f.Column));
        Assert.Equal((1, 1), (first.Single().Line, first.Single().Column));
    }

    [Fact]
    public void Comments_are_removed_without_a_word()
    {
        var clean = Sanitizer.Sanitize("<!-- markdownlint-disable MD033 --><p>a</p>", out var findings);

        Assert.Equal("<p>a</p>", clean);
        Assert.Empty(findings);
    }

    [Fact]
    public void An_anchor_by_name_becomes_an_anchor_by_id()
    {
        Assert.Equal("<a id=\"old-anchor\"></a>", Sanitizer.Sanitize("<a name=\"old-anchor\"></a>", out var findings));
        Assert.Empty(findings);
    }

    [Fact]
    public void An_image_without_alt_text_gets_an_empty_one_and_is_reported()
    {
        var clean = Sanitizer.Sanitize("<p>\n<img src=\"seal.png\"></p>", out var findings);

        Assert.Equal("<p>\n<img src=\"seal.png\" alt=\"\"></p>", clean);
        var f = Assert.Single(findings);
        Assert.Equal((MarkupFindingKind.ImageWithoutAlt, 2), (f.Kind, f.Line));
    }

    [Theory]
    [InlineData("<table><thead><tr><th scope=\"col\">a</th></tr></thead><tbody><tr><td colspan=\"2\" rowspan=\"2\">b</td></tr></tbody></table>")]
    [InlineData("<p>Line<br>break, <sup>1</sup> <sub>2</sub> <abbr title=\"General Data Protection Regulation\">GDPR</abbr></p>")]
    [InlineData("<p><a href=\"https://example.com/\" title=\"t\">a</a> <a href=\"mailto:dpo@example.com\">b</a> <a href=\"#cookies\">c</a> <a href=\"../terms/\">d</a></p>")]
    [InlineData("<dl><dt>Term</dt><dd>Definition</dd></dl>")]
    [InlineData("<details><summary>More</summary><p>Text</p></details>")]
    [InlineData("<h2 id=\"cookies\">Cookies</h2>")]
    [InlineData("<p class=\"note\">a</p>")]
    [InlineData("<td class=\"align-right\">1</td>")]
    [InlineData("<p>Bird &amp; Bird<br>Avenue Louise 235<br>Brussels</p>")]
    [InlineData("<p><a id=\"bookmark-how-we-use-data\"></a><span>x</span> <small>s</small> <mark>m</mark> <s>s</s> <u>u</u></p>")]
    [InlineData("<figure><img src=\"seal.png\" alt=\"The seal\"><figcaption>Seal</figcaption></figure>")]
    [InlineData("<table><caption>c</caption><colgroup><col></colgroup><tfoot><tr><td>f</td></tr></tfoot></table>")]
    public void The_allowed_subset_passes_unchanged(string html)
    {
        var clean = Sanitizer.Sanitize(html, out var findings);

        Assert.Empty(findings);
        Assert.Equal(new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html><body>" + html).Body!.InnerHtml, clean);
    }

    [Fact]
    public void The_sanitizer_can_be_used_from_many_threads_at_once()
    {
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = Sanitizer.Sanitize($"<p onclick=\"x\">{i}</p>", out var removed) + removed.Count);

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal($"<p>{x.i}</p>1", x.r));
    }
}
