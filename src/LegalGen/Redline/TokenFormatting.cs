using LegalGen.Markdown;
using LegalGen.Redline.Model;

namespace LegalGen.Redline;

/// <summary>What differs between two tokens with the same text: their link target, their emphasis, the space before them.</summary>
internal static class TokenFormatting
{
    private static readonly InlineStyle[] Styles = [InlineStyle.Strong, InlineStyle.Emphasis, InlineStyle.Strike, InlineStyle.Code];

    /// <summary>True when every token of <paramref name="new"/> looks and leads as its twin in <paramref name="old"/> does.</summary>
    /// <param name="compareFirstSpace">False when the first token follows a change, whose space it is.</param>
    /// <param name="verbatim">True in code blocks, where every space shows.</param>
    public static bool Same(IReadOnlyList<Token> old, IReadOnlyList<Token> @new, bool compareFirstSpace, bool verbatim)
    {
        for (var i = 0; i < @new.Count; i++)
        {
            var (a, b) = (old[i], @new[i]);
            if (a.Style != b.Style || a.Link != b.Link || ((i > 0 || compareFirstSpace) && !SameSpace(a, b, verbatim))) return false;
        }

        return true;
    }

    /// <summary>What changed from <paramref name="old"/> to <paramref name="new"/>, in a fixed order: link, emphasis, space.</summary>
    public static IReadOnlyList<FormatChange> Between(Token old, Token @new, bool compareSpace, bool verbatim)
    {
        var sameSpace = !compareSpace || SameSpace(old, @new, verbatim);
        if (old.Style == @new.Style && old.Link == @new.Link && sameSpace) return [];
        var changes = new List<FormatChange>(2);
        if (old.Link != @new.Link) changes.Add(new LinkChange(old.Link, @new.Link));
        foreach (var style in Styles)
        {
            var (had, has) = ((old.Style & style) != 0, (@new.Style & style) != 0);
            if (had != has) changes.Add(new EmphasisChange(style, has));
        }

        if (!sameSpace) changes.Add(new SpacingChange(old.Space, @new.Space));
        return changes;
    }

    /// <summary>
    /// Whether a reader sees the same space before both tokens: "a space or none" in text, where a browser folds any
    /// spacing into one space; the very characters in a code block, where every space shows.
    /// </summary>
    private static bool SameSpace(Token old, Token @new, bool verbatim) =>
        verbatim ? old.Space == @new.Space : old.Space.Length > 0 == @new.Space.Length > 0;
}
