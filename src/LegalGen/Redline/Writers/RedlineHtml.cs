using System.Text;
using LegalGen.Markdown;
using LegalGen.Html;
using LegalGen.Redline.Model;

namespace LegalGen.Redline.Writers;

/// <summary>What the inline and side-by-side redline views share: which blocks stay in view, where moved blocks went, and how marked text is written.</summary>
internal static class RedlineHtml
{
    /// <summary>Consecutive blocks of equal visibility: what is shown, and what is folded.</summary>
    public static IEnumerable<(bool Visible, int First, int Last)> Stretches(bool[] visible)
    {
        for (var i = 0; i < visible.Length;)
        {
            var end = i;
            while (end + 1 < visible.Length && visible[end + 1] == visible[i]) end++;
            yield return (visible[i], i, end);
            i = end + 1;
        }
    }

    /// <summary>For each move number, the hunk holding its old place and the one holding its new place.</summary>
    public static (Dictionary<int, int> From, Dictionary<int, int> To) MoveHunks(RedlineDiff diff)
    {
        var from = new Dictionary<int, int>();
        var to = new Dictionary<int, int>();
        foreach (var hunk in diff.Hunks)
        {
            for (var i = hunk.First; i <= hunk.Last; i++)
            {
                var change = diff.Blocks[i];
                if (change.Kind == ChangeKind.MovedFrom) from[change.Move] = hunk.Number;
                if (change.Kind == ChangeKind.MovedTo) to[change.Move] = hunk.Number;
            }
        }

        return (from, to);
    }

    /// <summary>
    /// Writes tokens; marked segments go in <c>&lt;del&gt;</c>/<c>&lt;ins&gt;</c> (or a moved-text span) with a
    /// visually hidden label screen readers announce. The space before a marked stretch stays outside the
    /// mark, so only words are struck or underlined. A link to a fragment of the text itself (<c>#telemetry</c>) leads
    /// to that fragment on <paramref name="textPage"/>, the page of the text the tokens come from, when one is given.
    /// </summary>
    public static void WriteSegment(StringBuilder html, string? tag, string? cssClass, string? label, IReadOnlyList<Token> tokens, string? textPage = null)
    {
        if (tokens.Count == 0) return;
        html.AppendEscaped(tokens[0].Space);
        if (tag is not null)
        {
            html.Append('<').Append(tag);
            if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
            html.Append('>');
            if (label is not null) html.Append("<span class=\"visually-hidden\">").AppendEscaped(label).Append(" </span>");
        }

        WriteTokens(html, tokens, textPage);
        if (tag is not null) html.Append("</").Append(tag).Append('>');
    }

    /// <summary>The tokens in their formatting, without the space before the first.</summary>
    private static void WriteTokens(StringBuilder html, IReadOnlyList<Token> tokens, string? textPage)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].Style == tokens[i].Style && tokens[end].Link == tokens[i].Link) end++;
            WriteFormatted(html, tokens, i, end, first: i == 0, textPage);
            i = end;
        }
    }

    /// <summary>
    /// Writes words whose formatting or link changed, as one side shows them — the older version's formatting on the
    /// older side — in a <c>&lt;span class="rl-format"&gt;</c>, followed, where <paramref name="note"/> is given, by the
    /// change in words, in brackets and as plain text, so that it reads without colour, without the stylesheet and aloud.
    /// Given <paramref name="oldTokens"/>, the words as the older version formats them come first, in a
    /// <c>&lt;span class="rl-was" hidden&gt;</c> that only the side-by-side view's older column shows.
    /// </summary>
    public static void WriteReformatted(
        StringBuilder html, IReadOnlyList<Token> tokens, string? note, string? textPage, IReadOnlyList<Token>? oldTokens = null, string? oldTextPage = null)
    {
        if (tokens.Count == 0) return;
        html.AppendEscaped(tokens[0].Space).Append("<span class=\"rl-format\">");
        if (oldTokens is { Count: > 0 })
        {
            html.Append("<span class=\"rl-was\" hidden>");
            WriteTokens(html, oldTokens, oldTextPage);
            html.Append("</span>");
        }

        WriteTokens(html, tokens, textPage);
        if (note is not null) WriteNote(html.Append(' '), note);
        html.Append("</span>");
    }

    /// <summary>A note on a change of formatting: "(link changed: … → …)", "(heading level 2 → 3)".</summary>
    public static StringBuilder WriteNote(StringBuilder html, string note) =>
        html.Append("<span class=\"rl-format-note\">(").AppendEscaped(note).Append(")</span>");

    private static void WriteFormatted(StringBuilder html, IReadOnlyList<Token> tokens, int start, int end, bool first, string? textPage)
    {
        var style = tokens[start].Style;
        var link = InlineHtml.OnTextPage(tokens[start].Link, textPage);
        if (!first) html.AppendEscaped(tokens[start].Space);
        html.AppendOpening(style, link);
        for (var i = start; i < end; i++)
        {
            if (i > start) html.AppendEscaped(tokens[i].Space);
            html.AppendEscaped(tokens[i].Text);
        }

        html.AppendClosing(style, link);
    }
}
