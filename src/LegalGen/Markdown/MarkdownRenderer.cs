using System.Collections.Concurrent;
using System.Text;
using LegalGen.Content;
using LegalGen.Diagnostics;
using LegalGen.Html;
using LegalGen.Model;
using LegalGen.Text;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Renders a policy's Markdown once into HTML, a table of contents and diffable blocks. The HTML is made safe
/// twice over: the syntax tree keeps only allowed attributes (<see cref="AttributePolicy"/>) and link schemes
/// (<see cref="LinkPolicy"/>), and each top-level block's HTML then passes the sanitizer (<see cref="MarkupSanitizer"/>).
/// Whatever either removes is a located warning. HTML written in the text is kept to the same allow-list, or shown
/// as text (<see cref="RawHtmlMode"/>); an HTML block gives the same blocks for the redline as its Markdown twin.
/// One renderer serves a whole build, from many threads.
/// </summary>
public sealed class MarkdownRenderer : IDisposable
{
    /// <summary>How many characters of sanitized blocks are remembered: versions of a policy share most of their blocks.</summary>
    private const long MaxRememberedCharacters = 64L * 1024 * 1024;

    /// <summary>Headings up to this level are listed in the table of contents.</summary>
    public const int TocMaxLevel = 3;

    private static readonly RenderedDocument Empty = new("", [], []);

    private static readonly Func<string?, string, string> EnglishCalloutTitles = (_, kind) => char.ToUpperInvariant(kind[0]) + kind[1..];

    private readonly MarkdownPipeline _pipeline = MarkdownPipelineFactory.Create();
    private readonly Func<string?, string, string> _calloutTitle;
    private readonly RawHtmlMode _rawHtml;
    private readonly MarkupSanitizer _sanitizer = new();
    private readonly ConcurrentDictionary<string, (string Html, IReadOnlyList<MarkupFinding> Findings)> _sanitized = new(StringComparer.Ordinal);
    private long _rememberedCharacters;

    /// <param name="calloutTitle">
    /// The title of a callout (a GitHub alert) of a kind (<see cref="CalloutKinds"/>) in a text's language; in English
    /// when not given.
    /// </param>
    /// <param name="rawHtml">What becomes of HTML written in the Markdown (site.yml's <c>raw_html</c>).</param>
    public MarkdownRenderer(Func<string?, string, string>? calloutTitle = null, RawHtmlMode rawHtml = RawHtmlMode.Sanitize)
    {
        _calloutTitle = calloutTitle ?? EnglishCalloutTitles;
        _rawHtml = rawHtml;
    }

    /// <summary>The kinds of callout a text can have (<c>&gt; [!NOTE]</c>…), in lowercase: note, tip, important, warning, caution.</summary>
    public static IReadOnlyList<string> CalloutKinds => CalloutRenderer.Kinds;

    public void Dispose() => _sanitizer.Dispose();

    /// <summary>Renders a text known to be within <see cref="ContentLimits"/>; throws <see cref="InvalidDataException"/> if it is not.</summary>
    public RenderedDocument Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var document = Render(markdown, "text", 1, diagnostics);
        return diagnostics.HasErrors ? throw new InvalidDataException(diagnostics.ToSortedList()[0].ToString()) : document;
    }

    /// <summary>
    /// Renders the text of <paramref name="file"/>, which starts on its line <paramref name="firstLine"/>. A text
    /// nested past <see cref="ContentLimits.MaxMarkdownNesting"/> is a located error and renders empty. A leading
    /// level-1 heading is left to the page's <paramref name="title"/> (<see cref="LeadingTitle"/>); callouts are titled
    /// in the text's <paramref name="language"/>. A link to a <c>#fragment</c> the text lacks is a warning (LG052), unless
    /// <paramref name="fragmentsCheckedLater"/>: then it is left in <see cref="RenderedDocument.UnresolvedFragments"/> for
    /// a caller that gives the text more ids first (those its headings had in earlier versions).
    /// </summary>
    public RenderedDocument Render(
        string markdown, string file, int firstLine, DiagnosticBag diagnostics, string? title = null, string? language = null, bool fragmentsCheckedLater = false)
    {
        // NFC so that a text saved decomposed (NFD) renders, links and diffs exactly like its composed twin; by our
        // own normalizer, as string.Normalize depends on ICU and does nothing in globalization-invariant mode.
        var text = CanonicalNormalization.ToNfc(markdown);
        if (NestingCheck.FirstTooDeepLine(text) is var (line, column))
        {
            TooDeep(diagnostics, new SourceLocation(file, firstLine + line, column));
            return Empty;
        }

        var document = Parse(text);
        if (document is null)
        {
            TooDeep(diagnostics, new SourceLocation(file, firstLine + FirstUnreadableLine(text), 1));
            return Empty;
        }

        if (NestingCheck.FirstTooDeep(document) is { } deep)
        {
            TooDeep(diagnostics, new SourceLocation(file, firstLine + deep.Line, deep.Column + 1));
            return Empty;
        }

        if (_rawHtml == RawHtmlMode.Sanitize && HtmlNestingCheck.FirstTooDeep(document) is var (htmlLine, htmlColumn))
        {
            TooDeep(diagnostics, new SourceLocation(file, firstLine + htmlLine, htmlColumn));
            return Empty;
        }

        var lines = text.Split('\n');
        AttributeLists.Apply(document, lines, file, firstLine, diagnostics);
        LeadingTitle.Apply(document, title, file, firstLine, diagnostics);
        LiquidTags.Report(document, lines, file, firstLine, diagnostics);
        AttributePolicy.Apply(document, lines, file, firstLine, diagnostics);
        EntityCharacters.Apply(document, file, firstLine, diagnostics);
        EmptyTableHeaders.Apply(document);
        LinkPolicy.Apply(document);
        RawHtmlPolicy.Apply(document, _rawHtml);
        var (inPage, toPolicies) = (new List<(string, SourceLocation)>(), new List<PolicyLink>());
        SiteLinks.Rewrite(document, file, firstLine, diagnostics, inPage, toPolicies);
        if (_rawHtml == RawHtmlMode.Sanitize) RawHtmlLinks.CollectInPage(document, file, firstLine, inPage);
        HeadingIds.Assign(document, file, firstLine, diagnostics);
        BlockAnchors.Assign(document);

        var html = ToSafeHtml(document, file, firstLine, language, diagnostics);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        HtmlAnchors.Collect(html, anchors);
        var unresolved = inPage.Where(link => !SiteLinks.Leads(link.Item1, anchors)).ToList();
        if (!fragmentsCheckedLater) SiteLinks.CheckInPage(unresolved, anchors, diagnostics);
        var toc = document.Descendants<HeadingBlock>()
            .Where(h => h.Level <= TocMaxLevel && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, string.Concat(InlineRunCollector.Collect(h.Inline).Select(r => r.Text)).Trim()))
            .ToList();
        return new RenderedDocument(html, toc, BlockExtractor.Extract(document, ReadHtmlBlock)) { Anchors = anchors, PolicyLinks = toPolicies, UnresolvedFragments = unresolved };
    }

    /// <summary>
    /// The document's HTML, each top-level block rendered and sanitized on its own: the sanitizer's time grows with
    /// the size of what it parses at once faster than linearly, and a block names the line of anything removed.
    /// A block that is a table goes into LegalGen's scroll box (<see cref="TableScrollBox"/>).
    /// </summary>
    private string ToSafeHtml(MarkdownDocument document, string file, int firstLine, string? language, DiagnosticBag diagnostics)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<AlertBlockRenderer>(new CalloutRenderer(kind => _calloutTitle(language, kind)));
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new SiteLinkRenderer());
        var chunk = writer.GetStringBuilder();
        var html = new StringBuilder();
        foreach (var block in document)
        {
            renderer.Render(block);
            writer.Flush();
            if (chunk.Length == 0) continue;
            var (safe, findings) = Sanitized(chunk.ToString().Replace("\r\n", "\n"));
            chunk.Clear();
            TableScrollBox.AppendBlock(html, safe);
            if (findings.Count > 0) Report(block, findings, file, firstLine, diagnostics);
        }

        return html.ToString();
    }

    private (string Html, IReadOnlyList<MarkupFinding> Findings) Sanitized(string html)
    {
        if (_sanitized.TryGetValue(html, out var known)) return known;
        var clean = _sanitizer.Sanitize(html, out var findings);
        var result = (clean, findings);
        if (Interlocked.Add(ref _rememberedCharacters, html.Length + clean.Length) <= MaxRememberedCharacters) _sanitized.TryAdd(html, result);
        return result;
    }

    /// <summary>An HTML block's blocks as a reader sees them, read from its sanitized HTML.</summary>
    private IReadOnlyList<HtmlTextBlock> ReadHtmlBlock(HtmlBlock block) =>
        HtmlStructureReader.Read(Sanitized(string.Join('\n', RawHtmlPolicy.LinesOf(block)) + "\n").Html);

    /// <summary>Warns of what the sanitizer removed or changed in a top-level block, each at the tag it concerns where that can be told.</summary>
    private void Report(Block block, IReadOnlyList<MarkupFinding> findings, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var blockAt = new SourceLocation(file, firstLine + Math.Max(block.Line, 0), block.Column + 1);
        var located = block is HtmlBlock
            ? findings.Select(f => (Finding: f, At: f.Line > 0 ? new SourceLocation(file, firstLine + block.Line + f.Line - 1, f.Column) : blockAt)).ToList()
            : LocateInPieces(block, file, firstLine);
        foreach (var finding in findings)
        {
            var index = located.FindIndex(l => l.Finding.Kind == finding.Kind && l.Finding.What == finding.What);
            var at = index < 0 ? blockAt : located[index].At;
            if (index >= 0) located.RemoveAt(index);
            if (finding.Kind == MarkupFindingKind.ImageWithoutAlt)
            {
                diagnostics.Warning(DiagnosticCodes.ImageWithoutAlt, at, $"{finding.What}: a reader who cannot see it learns nothing of it",
                    "describe the image in alt=\"…\", or write alt=\"\" for an image that is only decoration");
                continue;
            }

            diagnostics.Warning(DiagnosticCodes.MarkupRemoved, at, $"{finding.What} is not allowed on a page and was removed",
                "LegalGen publishes text, tables, lists, links and images; scripts, styles, event handlers and forms never reach a page");
        }
    }

    /// <summary>
    /// Where a block's raw HTML — its HTML blocks and inline tags, each sanitized alone — has what the sanitizer
    /// found in the whole block's HTML: the block's own HTML is Markdig's, whose lines are not the text's.
    /// </summary>
    private List<(MarkupFinding Finding, SourceLocation At)> LocateInPieces(Block block, string file, int firstLine)
    {
        var located = new List<(MarkupFinding, SourceLocation)>();
        foreach (var (text, line, column) in RawHtmlPolicy.Pieces(block))
        {
            _sanitizer.Sanitize(text, out var findings);
            foreach (var f in findings)
            {
                located.Add((f, f.Line <= 0 ? new SourceLocation(file, firstLine + line, column + 1)
                    : new SourceLocation(file, firstLine + line + f.Line - 1, f.Line == 1 ? column + f.Column : f.Column)));
            }
        }

        return located;
    }

    /// <summary>The parsed text, or null when Markdig gives up on it: it refuses input nested past its own limits.</summary>
    private MarkdownDocument? Parse(string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The line (from 0) of the first block of <paramref name="text"/> — lines up to an empty one — that Markdig
    /// cannot read on its own; 0 when only the whole text fails.
    /// </summary>
    private int FirstUnreadableLine(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i])) continue;
            if (i > start && Parse(string.Join('\n', lines, start, i - start)) is null) return start;
            start = i + 1;
        }

        return 0;
    }

    private static void TooDeep(DiagnosticBag diagnostics, SourceLocation at) =>
        diagnostics.Error(DiagnosticCodes.NestedTooDeeply, at,
            $"the text is nested more than {ContentLimits.MaxMarkdownNesting} levels deep (block quotes, lists, tables, emphasis, links, HTML elements), "
            + "or has more unmatched '*', '_', '~' or '[' in one paragraph than can be read",
            "flatten the nesting; write a literal '*', '_', '~' or '[' with a backslash before it ('\\*')");
}
