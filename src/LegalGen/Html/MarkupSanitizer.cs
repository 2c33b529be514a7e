using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace LegalGen.Html;

/// <summary>
/// The last line before a page: every rendered text's HTML passes HtmlSanitizer, configured from
/// <see cref="HtmlAllowList"/>, and what it removes is reported with its place in the markup. HTML comments are
/// editors' notes: removed without a word. After sanitizing, an <c>&lt;a name&gt;</c> anchor becomes an id (the
/// same fragment target, in valid HTML), an id with a space in it (no id in HTML) is removed,
/// and an image without <c>alt</c> gets an empty one and is reported. One sanitizer per thread, because its
/// removal events are the way to learn what it removed.
/// </summary>
public sealed class MarkupSanitizer : IDisposable
{
    /// <summary>Removed elements whose content goes with them: it is code, styles or a widget's innards, not text.</summary>
    private static readonly HashSet<string> ContentNotForReaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "title", "noembed", "noframes", "xmp",
    };

    private readonly ThreadLocal<(HtmlSanitizer Sanitizer, List<MarkupFinding> Findings)> _perThread = new(Create);

    /// <summary>
    /// <paramref name="html"/> with everything outside the allow-list removed; <paramref name="findings"/> says what
    /// was removed or changed, and where, empty when nothing was.
    /// </summary>
    public string Sanitize(string html, out IReadOnlyList<MarkupFinding> findings)
    {
        var (sanitizer, list) = _perThread.Value;
        list.Clear();
        var clean = sanitizer.Sanitize(html);
        findings = list.Count == 0 ? [] : list.ToArray();
        return clean;
    }

    public void Dispose() => _perThread.Dispose();

    private static (HtmlSanitizer, List<MarkupFinding>) Create()
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
            HtmlParserFactory = () => new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }),
        };
        var findings = new List<MarkupFinding>();
        var prefix = WrapperLength(sanitizer, findings);
        void Removed(IElement tag, string what) => findings.Add(At(MarkupFindingKind.Removed, tag, what, prefix));

        sanitizer.RemovingTag += (_, e) =>
        {
            Removed(e.Tag, $"the element <{e.Tag.LocalName}>");

            // A removed element's text stays (KeepChildNodes), except where it is code or a widget, not words for a reader.
            if (ContentNotForReaders.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        sanitizer.RemovingAttribute += (_, e) => Removed(e.Tag, e.Reason == RemoveReason.NotAllowedUrlValue
            ? $"the address in '{e.Attribute.Name}' of <{e.Tag.LocalName}> (only http, https, mailto, tel and relative addresses are allowed)"
            : $"the attribute '{e.Attribute.Name}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingCssClass += (_, e) => Removed(e.Tag, $"the class '{e.CssClass}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingStyle += (_, e) => Removed(e.Tag, $"the style '{e.Style.Name}' of <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => Removed(e.Tag, $"the style rule '{e.Rule.CssText}'");
        sanitizer.PostProcessDom += (_, e) =>
        {
            if (e.Document.Body is not { } body) return;
            foreach (var element in body.QuerySelectorAll("*")) Tidy(element, findings, prefix);
        };
        return (sanitizer, findings);
    }

    /// <summary>Anchors, ids and images, after the allow-list has been applied.</summary>
    private static void Tidy(IElement element, List<MarkupFinding> findings, int prefix)
    {
        if (element.GetAttribute("name") is { } name)
        {
            // <a name="x"> is a fragment target as <a id="x"> is, but obsolete HTML: kept as an id.
            element.RemoveAttribute("name");
            if (element.LocalName == "a" && !element.HasAttribute("id")) element.SetAttribute("id", name);
            else if (element.LocalName != "a") findings.Add(At(MarkupFindingKind.Removed, element, $"the attribute 'name' of <{element.LocalName}>", prefix));
        }

        // An id with a space in it is no id in HTML, nor a fragment anyone can link to; any other is kept as written.
        if (element.GetAttribute("id") is { } id && (id.Length == 0 || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))))
        {
            element.RemoveAttribute("id");
            findings.Add(At(MarkupFindingKind.Removed, element, $"the id '{id}' of <{element.LocalName}> (an id is one word, without spaces)", prefix));
        }

        if (element.LocalName == "img" && !element.HasAttribute("alt"))
        {
            element.SetAttribute("alt", "");
            findings.Add(At(MarkupFindingKind.ImageWithoutAlt, element, "an image (<img>) without alt text", prefix));
        }
    }

    /// <summary>
    /// The sanitizer parses the markup inside a document it writes around it, so columns on the first line are
    /// counted from that wrapper: measured once, by where a removed element at the very start is reported.
    /// </summary>
    private static int WrapperLength(HtmlSanitizer sanitizer, List<MarkupFinding> findings)
    {
        var column = 0;
        void Probe(object? sender, RemovingTagEventArgs e) => column = e.Tag.SourceReference?.Position.Column ?? 1;
        sanitizer.RemovingTag += Probe;
        sanitizer.Sanitize("<script></script>");
        sanitizer.RemovingTag -= Probe;
        findings.Clear();
        return Math.Max(column - 1, 0);
    }

    private static MarkupFinding At(MarkupFindingKind kind, IElement element, string what, int prefix)
    {
        if (element.SourceReference is not { } source) return new MarkupFinding(kind, what, 0, 0);
        var (line, column) = (source.Position.Line, source.Position.Column);
        return new MarkupFinding(kind, what, line, line == 1 ? Math.Max(column - prefix, 1) : column);
    }
}
