using System.Text;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Flattens Markdig inlines into runs of text that keep their formatting and link target. Walks with its own
/// stack, so no nesting of emphasis or links can overflow the thread's. An inline HTML tag is never text: <c>&lt;br&gt;</c>
/// is a space like a line break, <c>&lt;strong&gt;</c>, <c>&lt;em&gt;</c>, <c>&lt;s&gt;</c>, <c>&lt;del&gt;</c> and
/// <c>&lt;code&gt;</c> style the text up to their closing tag, <c>&lt;a href&gt;</c> links it (to the address the page
/// has, after the sanitizer), and any other tag (<c>&lt;span&gt;</c>, <c>&lt;a id&gt;</c>)
/// leaves only the text around it, so no tag reaches a heading's id, the contents or the redline.
/// </summary>
internal static class InlineRunCollector
{
    public static IReadOnlyList<InlineRun> Collect(ContainerInline? container)
    {
        var runs = new List<InlineRun>();
        if (container is null) return runs;

        var pending = new Stack<(Inline Inline, InlineStyle Style, string? Link)>();
        var tags = new HtmlTagStyles();
        PushChildren(pending, container, InlineStyle.None, null);
        while (pending.Count > 0)
        {
            var (inline, markdownStyle, link) = pending.Pop();
            var style = markdownStyle | tags.Style;
            link ??= tags.Link;
            switch (inline)
            {
                case LiteralInline literal:
                    runs.Add(new InlineRun(literal.Content.ToString(), style, link));
                    break;
                case CodeInline code:
                    runs.Add(new InlineRun(code.Content, style | InlineStyle.Code, link));
                    break;
                case LineBreakInline:
                    runs.Add(new InlineRun(" ", style, link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new InlineRun(entity.Transcoded.ToString(), style, link));
                    break;
                case HtmlInline html:
                    if (tags.Apply(html.Tag)) runs.Add(new InlineRun(" ", style, link));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new InlineRun(autolink.Url, style, RenderedUrl.Of(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url)));
                    break;
                case LinkInline { IsImage: true } image:
                    PushChildren(pending, image, markdownStyle, link);
                    break;
                case LinkInline linkInline:
                    PushChildren(pending, linkInline, markdownStyle, string.IsNullOrEmpty(linkInline.Url) ? link : RenderedUrl.Of(linkInline.Url));
                    break;
                case EmphasisInline emphasis:
                    PushChildren(pending, emphasis, markdownStyle | StyleOf(emphasis), link);
                    break;
                case ContainerInline nested:
                    PushChildren(pending, nested, markdownStyle, link);
                    break;
            }
        }

        return Merge(runs);
    }

    /// <summary>
    /// Pushes the children last first, so they are popped in reading order. They are listed first to last, as the HTML
    /// renderer writes them: Markdig's <c>Inline.InsertBefore</c> leaves the inserted inline without its previous
    /// sibling, so after a link is unwrapped (<see cref="LinkPolicy"/>) walking back from the last child misses the words
    /// before it.
    /// </summary>
    private static void PushChildren(Stack<(Inline, InlineStyle, string?)> pending, ContainerInline container, InlineStyle style, string? link)
    {
        var children = _children ??= [];
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
        for (var i = children.Count - 1; i >= 0; i--) pending.Push((children[i], style, link));
        children.Clear();
    }

    /// <summary>One list per thread for <see cref="PushChildren"/>, which every container of every text passes through.</summary>
    [ThreadStatic]
    private static List<Inline>? _children;

    private static InlineStyle StyleOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        // One tilde is a subscript (H~2~O, <sub>), which strikes nothing.
        '~' when emphasis.DelimiterCount >= 2 => InlineStyle.Strike,
        '*' or '_' when emphasis.DelimiterCount >= 2 => InlineStyle.Strong,
        '*' or '_' => InlineStyle.Emphasis,
        _ => InlineStyle.None,
    };

    /// <summary>The styles the inline HTML tags read so far have opened and not yet closed.</summary>
    private sealed class HtmlTagStyles
    {
        private readonly int[] _open = new int[4];
        private readonly Stack<string?> _links = new();

        /// <summary>The target of the innermost link an HTML tag opened, if it has one.</summary>
        public string? Link => _links.FirstOrDefault(l => l is not null);

        public InlineStyle Style =>
            (_open[0] > 0 ? InlineStyle.Strong : InlineStyle.None) | (_open[1] > 0 ? InlineStyle.Emphasis : InlineStyle.None)
            | (_open[2] > 0 ? InlineStyle.Strike : InlineStyle.None) | (_open[3] > 0 ? InlineStyle.Code : InlineStyle.None);

        /// <summary>Reads one tag; true when it stands for a space (a line break).</summary>
        public bool Apply(string tag)
        {
            var closing = tag.StartsWith("</", StringComparison.Ordinal);
            var start = closing ? 2 : 1;
            var end = start;
            while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end])) end++;
            var name = tag[start..end].ToLowerInvariant();
            if (name == "br") return !closing;
            if (name == "a")
            {
                if (closing) _links.TryPop(out _);
                else if (!tag.EndsWith("/>", StringComparison.Ordinal)) _links.Push(tag.Contains("href", StringComparison.OrdinalIgnoreCase) ? Html.HtmlLinkTarget.Of(tag) : null);
                return false;
            }

            var index = name switch
            {
                "strong" => 0,
                "em" => 1,
                "s" or "del" => 2,
                "code" => 3,
                _ => -1,
            };
            if (index >= 0 && !tag.EndsWith("/>", StringComparison.Ordinal)) _open[index] = Math.Max(0, _open[index] + (closing ? -1 : 1));
            return false;
        }
    }

    /// <summary>Joins neighbouring runs of the same formatting, so text split by the parser reads as one.</summary>
    private static List<InlineRun> Merge(List<InlineRun> runs)
    {
        var merged = new List<InlineRun>(runs.Count);
        var text = new StringBuilder();
        InlineRun? current = null;
        foreach (var run in runs)
        {
            if (current is not null && current.Style == run.Style && current.Link == run.Link)
            {
                // Where a tag stood between two spaces (a comment, a <br> before a line break), one space is read, as a browser shows it.
                text.Append(text.Length > 0 && text[^1] == ' ' && run.Text.StartsWith(' ') ? run.Text.AsSpan(1) : run.Text);
                continue;
            }

            if (current is not null) merged.Add(current with { Text = text.ToString() });
            current = run;
            text.Clear().Append(run.Text);
        }

        if (current is not null) merged.Add(current with { Text = text.ToString() });
        return merged;
    }
}
