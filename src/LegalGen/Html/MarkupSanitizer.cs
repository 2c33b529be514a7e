using Ganss.Xss;

namespace LegalGen.Html;

/// <summary>
/// The last line before a page: every rendered text's HTML passes HtmlSanitizer, configured from
/// <see cref="HtmlAllowList"/>, and what it removes is reported. One sanitizer per thread, because its
/// removal events are the way to learn what it removed.
/// </summary>
public sealed class MarkupSanitizer : IDisposable
{
    private readonly ThreadLocal<(HtmlSanitizer Sanitizer, List<string> Removed)> _perThread = new(Create);

    /// <summary>
    /// <paramref name="html"/> with everything outside the allow-list removed; <paramref name="removed"/> says what
    /// was removed, in words ("the element &lt;script&gt;", "the attribute 'onclick' of &lt;a&gt;"), empty when nothing was.
    /// </summary>
    public string Sanitize(string html, out IReadOnlyList<string> removed)
    {
        var (sanitizer, list) = _perThread.Value;
        list.Clear();
        var clean = sanitizer.Sanitize(html);
        removed = list.Count == 0 ? [] : list.ToArray();
        return clean;
    }

    public void Dispose() => _perThread.Dispose();

    private static (HtmlSanitizer, List<string>) Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(HtmlAllowList.Elements, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(HtmlAllowList.Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(HtmlAllowList.UrlSchemes, StringComparer.OrdinalIgnoreCase),
            AllowedClasses = new HashSet<string>(HtmlAllowList.EditorClasses.Concat(HtmlAllowList.RendererClasses), StringComparer.Ordinal),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        })
        {
            AllowDataAttributes = false,
            KeepChildNodes = true,
        };
        var removed = new List<string>();
        sanitizer.RemovingTag += (_, e) => removed.Add($"the element <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue
            ? $"the address in '{e.Attribute.Name}' of <{e.Tag.LocalName}> (only http, https, mailto, tel and relative addresses are allowed)"
            : $"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"the class '{e.CssClass}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"the style '{e.Style.Name}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => removed.Add("an HTML comment");
        sanitizer.RemovingAtRule += (_, e) => removed.Add($"the style rule '{e.Rule.CssText}'");
        return (sanitizer, removed);
    }
}
