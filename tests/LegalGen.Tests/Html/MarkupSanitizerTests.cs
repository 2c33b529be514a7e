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
    [InlineData("<!-- note --><p>a</p>", "an HTML comment")]
    public void What_is_not_on_the_allow_list_is_removed_and_named(string html, string removedWhat)
    {
        var clean = Sanitizer.Sanitize(html, out var removed);

        Assert.Empty(Support.PageSafety.Problems("<html><body>" + clean));
        Assert.Contains(removed, r => r.StartsWith(removedWhat, StringComparison.Ordinal));
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
    public void The_allowed_subset_passes_unchanged(string html)
    {
        var clean = Sanitizer.Sanitize(html, out var removed);

        Assert.Empty(removed);
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
