using System.Text;
using Markdig.Syntax.Inlines;

namespace LegalGen.Markdown;

/// <summary>Flattens Markdig inlines into runs of text that keep their formatting and link target.</summary>
internal static class InlineRunCollector
{
    public static IReadOnlyList<InlineRun> Collect(ContainerInline? container)
    {
        var runs = new List<InlineRun>();
        if (container is not null) Walk(container, InlineStyle.None, null, runs);
        return Merge(runs);
    }

    private static void Walk(ContainerInline container, InlineStyle style, string? link, List<InlineRun> runs)
    {
        foreach (var inline in container)
        {
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
                    var alt = new List<InlineRun>();
                    Walk(image, style, link, alt);
                    runs.AddRange(alt);
                    break;
                case LinkInline linkInline:
                    Walk(linkInline, style, string.IsNullOrEmpty(linkInline.Url) ? link : linkInline.Url, runs);
                    break;
                case EmphasisInline emphasis:
                    Walk(emphasis, style | StyleOf(emphasis), link, runs);
                    break;
                case ContainerInline nested:
                    Walk(nested, style, link, runs);
                    break;
            }
        }
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
