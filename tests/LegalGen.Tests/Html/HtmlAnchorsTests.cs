using LegalGen.Html;

namespace LegalGen.Tests.Html;

/// <summary>The ids a fragment can lead to are read from the sanitizer's output, whatever syntax wrote them, and only from tags.</summary>
public class HtmlAnchorsTests
{
    private static readonly MarkupSanitizer Sanitizer = new();

    [Theory]
    [InlineData("<h2 id=\"cookies\">Cookies</h2>", "cookies")]
    [InlineData("<p id=\"telemetry\">Text</p><ul><li id=\"item\">x</li></ul>", "item,telemetry")]
    [InlineData("<table><tr><td><a id=\"bookmark-how-we-use-data\"></a>To provide</td></tr></table>", "bookmark-how-we-use-data")]
    [InlineData("<p><a name=\"old-anchor\"></a>Text</p>", "old-anchor")]
    [InlineData("<h2 id=\"個人情報の取扱い\">個人情報の取扱い</h2>", "個人情報の取扱い")]
    [InlineData("<p title='a id=\"inside-a-title\" &gt;' id=\"real\">x</p>", "real")]
    [InlineData("<p>id=\"only-text\" and &lt;a id=\"escaped\"&gt;</p><pre><code>&lt;h2 id=\"code\"&gt;</code></pre>", "")]
    [InlineData("<span name=\"not-an-anchor\">x</span><p id=\"a&amp;b\">x</p>", "a&b")]
    public void Every_id_and_anchor_name_in_tags_is_found_and_nothing_in_text(string html, string expected)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);

        HtmlAnchors.Collect(Sanitizer.Sanitize(html, out _), anchors);

        Assert.Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), anchors.Order(StringComparer.Ordinal));
    }
}
