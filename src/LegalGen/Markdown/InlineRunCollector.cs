using System.Text;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>
/// Flattens Markdig inlines into runs of text that keep their formatting and link target. Walks with its own
/// stack, so no nesting of emphasis or links can overflow the thread's.
/// </summary>
internal static class InlineRunCollector
{
    public static IReadOnlyList<InlineRun> Collect(ContainerInline? container)
    {
        var runs = new List<InlineRun>();
        if (container is null) return runs;

        var pending = new Stack<(Inline Inline, InlineStyle Style, string? Link)>();
        PushChildren(pending, container, InlineStyle.None, null);
        while (pending.Count > 0)
        {
            var (inline, style, link) = pending.Pop();
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
                    runs.Add(new InlineRun(html.Tag, style, link));
                    break;
                case AutolinkInline autolink:
                    runs.Add(new InlineRun(autolink.Url, style, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                    break;
                case LinkInline { IsImage: true } image:
                    PushChildren(pending, image, style, link);
                    break;
                case LinkInline linkInline:
                    PushChildren(pending, linkInline, style, string.IsNullOrEmpty(linkInline.Url) ? link : linkInline.Url);
                    break;
                case EmphasisInline emphasis:
                    PushChildren(pending, emphasis, style | StyleOf(emphasis), link);
                    break;
                case ContainerInline nested:
                    PushChildren(pending, nested, style, link);
                    break;
            }
        }

        return Merge(runs);
    }

    /// <summary>Pushes the children last first, so they are popped in reading order.</summary>
    private static void PushChildren(Stack<(Inline, InlineStyle, string?)> pending, ContainerInline container, InlineStyle style, string? link)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
            pending.Push((child, style, link));
    }

    private static InlineStyle StyleOf(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '~' => InlineStyle.Strike,
        '*' or '_' when emphasis.DelimiterCount >= 2 => InlineStyle.Strong,
        '*' or '_' => InlineStyle.Emphasis,
        _ => InlineStyle.None,
    };

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
                text.Append(run.Text);
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
